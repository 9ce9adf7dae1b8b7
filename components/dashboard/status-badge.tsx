import { Badge } from "@/components/ui/badge";
import { STATUS_VIEW } from "@/lib/dashboard/status";
import type { TargetStatus } from "@/lib/rules";

/** A status as shape + text + colour ("✕ 未达标"), never colour alone. */
export function StatusBadge({ status }: { status: TargetStatus }) {
  const v = STATUS_VIEW[status];
  return (
    <Badge tone={v.tone} data-status={status}>
      <span aria-hidden="true" className="mr-0.5">
        {v.shape}
      </span>
      {v.text}
    </Badge>
  );
}
