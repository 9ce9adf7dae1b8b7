import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "设置" };

export default async function Page() {
  await requirePermission("settings", "read");
  return <NotYetAvailable title="设置" what="账号、政策配置、工作日历与代码表。" />;
}
