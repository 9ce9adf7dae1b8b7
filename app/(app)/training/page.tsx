import { NotYetAvailable } from "@/components/ui/not-yet-available";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "培训与实践" };

export default async function Page() {
  await requirePermission("development", "read");
  return <NotYetAvailable title="培训与实践" what="培训、挂职墩苗交流、导师与一人一策培养计划。" />;
}
