import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "看板" };

export default async function Page() {
  await requirePermission("dashboard", "read");
  return <NotYetAvailable title="看板" what="配备目标、队伍结构与工作进展看板。" />;
}
