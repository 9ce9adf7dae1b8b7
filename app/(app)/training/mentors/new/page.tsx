import { NewMentorshipForm } from "@/components/development/mentorship-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { dayInputValue } from "@/lib/validation/development/common";

export const metadata = { title: "新增导师结对" };

export default async function NewMentorshipPage() {
  await requirePermission("development", "manage");
  return (
    <div>
      <PageHeader title="新增导师结对" description="为一名干部选配一名或多名导师" />
      <Card>
        <NewMentorshipForm today={dayInputValue(todayInChina())} />
      </Card>
    </div>
  );
}
