import { STATUS_VIEW } from "@/lib/dashboard/status";
import type { TargetStatus } from "@/lib/rules";

/**
 * Actual against target: the bar fills to actual/target (capped at 100%), in the status colour;
 * the text beside it carries the numbers, so the bar is decoration for sighted readers.
 */
export function ProgressBar({
  actual,
  target,
  status,
  label,
}: {
  actual: number;
  target: number;
  status: TargetStatus;
  label: string;
}) {
  const pct = target > 0 ? Math.min(100, Math.round((actual / target) * 100)) : actual > 0 ? 100 : 0;
  return (
    <div className="flex min-w-32 items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={actual}
        className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400"
      >
        <div className="h-full rounded-full" style={{ width: `${pct}%`, backgroundColor: STATUS_VIEW[status].bar }} />
      </div>
      <span className="w-10 text-right text-xs tabular-nums text-slate-600">{pct}%</span>
    </div>
  );
}
