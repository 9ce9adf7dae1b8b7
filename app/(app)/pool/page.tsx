import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "干部库" };

export default async function Page() {
  await requirePermission("pool", "read");
  return <NotYetAvailable title="干部库" what="入库、年度研判与出库，以及按 D20-POOL-* 目标生成的队伍结构报告。" />;
}
