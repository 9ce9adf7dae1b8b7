import { PageHeader } from "@/components/ui/page-header";
import { SuccessionSettingsForm } from "@/components/units/succession/succession-settings-form";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listScopedUnits } from "@/lib/server/units/unit-options";
import { getSuccessionSettings } from "@/lib/server/units/succession/settings";

export const metadata = { title: "关键岗位设置" };

export default async function SuccessionSettingsPage() {
  const actor = await requirePermission("unit", "manage");
  const [settings, units] = await Promise.all([getSuccessionSettings(actor), listScopedUnits(actor)]);
  return (
    <div>
      <PageHeader
        title="关键岗位设置"
        description="选择哪些职位列为关键岗位（继任分析只分析关键岗位），以及哪些单位为重要部门。修改记入审计日志。"
      />
      <SuccessionSettingsForm
        values={settings}
        units={units.filter((u) => u.type !== "STREET" && u.type !== "TOWNSHIP")}
      />
    </div>
  );
}
