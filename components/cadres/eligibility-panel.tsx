// 任职资格研判: the verdict of each pool tier and other target of the active profile on a
// chosen reference date (a GET form, so the date is in the URL).
import { Badge } from "@/components/ui/badge";
import type { EligibilityReport, TargetVerdict } from "@/lib/cadres/eligibility";
import { formatDateLong } from "@/lib/format/dates";
import { VerdictChecks } from "./verdict-checks";

export function verdictBadge(v: TargetVerdict["verdict"]) {
  if (v.outcome === "NOT_APPLICABLE") return <Badge tone="neutral">不适用</Badge>;
  if (!v.eligible) return <Badge tone="bad">不符合（{v.hardFailures}项硬性条件未满足）</Badge>;
  if (v.warnings) return <Badge tone="warn">符合，有{v.warnings}项提示</Badge>;
  return <Badge tone="ok">符合</Badge>;
}

export function EligibilityPanel({ report, cadreId }: { report: EligibilityReport; cadreId: string }) {
  const iso = report.asOf.toISOString().slice(0, 10);
  return (
    <section
      id="eligibility"
      aria-labelledby="eligibility-title"
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid="eligibility-panel"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
        <h2 id="eligibility-title" className="text-sm font-semibold text-slate-800">
          任职资格研判{" "}
          <span className="font-normal text-slate-500">
            （政策配置：{report.profileName}；截至{formatDateLong(report.asOf)}）
          </span>
        </h2>
        <form action={`/cadres/${cadreId}#eligibility`} className="flex items-center gap-1 text-sm">
          <label htmlFor="eligibility-asOf">研判日期</label>
          <input
            id="eligibility-asOf"
            type="date"
            name="asOf"
            defaultValue={iso}
            className="rounded border border-slate-300 px-1 py-0.5"
          />
          <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50">
            重新研判
          </button>
        </form>
      </header>
      <div className="divide-y divide-slate-100">
        {report.targets.map((t) => (
          <details
            key={t.key}
            open={t.verdict.outcome === "INELIGIBLE"}
            className="px-4 py-2"
            data-testid={`target-${t.key}`}
          >
            <summary className="flex cursor-pointer items-center justify-between gap-2 text-sm">
              <span className="font-medium">{t.label}</span>
              {verdictBadge(t.verdict)}
            </summary>
            <div className="mt-1 pl-2">
              <VerdictChecks checks={t.verdict.checks} explanations={report.explanations} />
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
