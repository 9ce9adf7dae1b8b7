import { TalkForm } from "@/components/development/talk-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { dayInputValue } from "@/lib/validation/development/common";

export const metadata = { title: "登记谈话" };

export default async function NewTalkPage() {
  const actor = await requirePermission("development", "manage");
  return (
    <div>
      <PageHeader title="登记谈话" />
      <Card>
        <TalkForm
          initial={{
            kind: "",
            talkedOn: dayInputValue(todayInChina()),
            talkedBy: actor.displayName,
            summary: "",
            record: "NONE",
          }}
        />
      </Card>
    </div>
  );
}
