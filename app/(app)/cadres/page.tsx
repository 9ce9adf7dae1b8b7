import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "干部名册" };

export default async function Page() {
  await requirePermission("cadre", "read");
  return <NotYetAvailable title="干部名册" what="按单位、年龄、学历、政治面貌等筛选的干部名册，及干部任免审批表式档案。" />;
}
