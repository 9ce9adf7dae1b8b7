import { NotYetAvailable } from "@/components/ui/not-yet-available";

export const metadata = { title: "设置" };

export default function Page() {
  return <NotYetAvailable title="设置" what="账号、政策配置、工作日历与代码表。" />;
}
