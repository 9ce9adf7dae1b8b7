import { NotYetAvailable } from "@/components/ui/not-yet-available";

export const metadata = { title: "看板" };

export default function Page() {
  return <NotYetAvailable title="看板" what="配备目标、队伍结构与工作进展看板。" />;
}
