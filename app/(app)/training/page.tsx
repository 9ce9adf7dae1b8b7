import { NotYetAvailable } from "@/components/ui/not-yet-available";

export const metadata = { title: "培训与实践" };

export default function Page() {
  return <NotYetAvailable title="培训与实践" what="培训、挂职墩苗交流、导师与一人一策培养计划。" />;
}
