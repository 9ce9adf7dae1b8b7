import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "审计日志" };

export default async function Page() {
  await requirePermission("audit", "read");
  return <NotYetAvailable title="审计日志" what="按时间、用户、操作类型检索审计日志并导出；日志只可追加，哈希链可用 npm run audit:verify 校验。" />;
}
