import { progressFigures } from "@/lib/dashboard/figures";
import { STATUS_VIEW } from "@/lib/dashboard/status";
import type { TargetStatus } from "@/lib/rules";

/**
 * Actual against target: the bar fills to actual/target (up to its end), in the status colour;
 * the percentage beside it is the real one — below the target never 100%, above it over 100%
 * (lib/dashboard/figures.ts) — so the bar is decoration for sighted readers.
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
  const { text, width } = progressFigures(actual, target);
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
        <div className="h-full rounded-full" style={{ width: `${width}%`, backgroundColor: STATUS_VIEW[status].bar }} />
      </div>
      <span className="w-12 text-right text-xs tabular-nums text-slate-600">{text}</span>
    </div>
  );
}
