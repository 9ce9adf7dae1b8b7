import { NotYetAvailable } from "@/components/ui/not-yet-available";

export const metadata = { title: "单位与班子" };

export default function Page() {
  return <NotYetAvailable title="单位与班子" what="单位、职位与领导班子配备情况。" />;
}
