import type { DashboardModel } from "@/lib/dashboard/model";
import { STATUS_VIEW } from "@/lib/dashboard/status";

/** The headline numbers: how many targets are met, at risk and not met; the pool; reminders. */
export function SummaryStrip({ m }: { m: DashboardModel }) {
  const count = (s: keyof typeof STATUS_VIEW) => m.targets.filter((t) => t.status === s).length;
  const tiles: { label: string; value: number; tone?: string; testId: string }[] = [
    {
      label: `${STATUS_VIEW.MET.shape} 达标目标`,
      value: count("MET"),
      tone: "text-emerald-800",
      testId: "summary-met",
    },
    {
      label: `${STATUS_VIEW.AT_RISK.shape} 有风险`,
      value: count("AT_RISK"),
      tone: "text-amber-800",
      testId: "summary-at-risk",
    },
    {
      label: `${STATUS_VIEW.NOT_MET.shape} 未达标`,
      value: count("NOT_MET"),
      tone: "text-rose-800",
      testId: "summary-not-met",
    },
    { label: "在库优秀年轻干部", value: m.pool.activeCount, testId: "summary-pool" },
    { label: "已超龄或12个月内超龄", value: m.pool.agingOutTotal, testId: "summary-aging" },
    { label: "研判已到期或60天内到期", value: m.watch.reviews.total, testId: "summary-reviews" },
  ];
  return (
    <div className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 lg:grid-cols-6" data-testid="summary">
      {tiles.map((t) => (
        <div
          key={t.testId}
          className="min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm sm:px-4 sm:py-3"
        >
          <div className={`text-xs ${t.tone ?? "text-slate-500"}`}>{t.label}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={t.testId}>
            {t.value.toLocaleString("zh-CN")}
          </div>
        </div>
      ))}
    </div>
  );
}
