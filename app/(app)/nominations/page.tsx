import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "推荐" };

export default async function Page() {
  await requirePermission("nomination", "read");
  return <NotYetAvailable title="推荐" what="单位党委推荐与组织部七步选任程序（动议→民主推荐→考察→酝酿→讨论决定→公示→任职）。" />;
}
