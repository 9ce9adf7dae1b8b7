import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "单位与班子" };

export default async function Page() {
  await requirePermission("unit", "read");
  return <NotYetAvailable title="单位与班子" what="单位、职位与领导班子配备情况。" />;
}
