import { TrainingForm } from "@/components/development/training-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "新建培训" };

export default async function NewTrainingPage() {
  await requirePermission("development", "manage");
  return (
    <div>
      <PageHeader title="新建培训" description="创建后在培训页面中批量添加参训人员" />
      <Card>
        <TrainingForm
          initial={{ name: "", kind: "", organizer: "", startDate: "", endDate: "", hours: "", fullTimeOffJob: false }}
        />
      </Card>
    </div>
  );
}
