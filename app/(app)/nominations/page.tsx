import { NotYetAvailable } from "@/components/ui/not-yet-available";

export const metadata = { title: "推荐" };

export default function Page() {
  return <NotYetAvailable title="推荐" what="单位党委推荐与组织部七步选任程序（动议→民主推荐→考察→酝酿→讨论决定→公示→任职）。" />;
}
