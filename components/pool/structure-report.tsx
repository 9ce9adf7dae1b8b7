// 队伍结构报告: every evaluatePool row (women ≥20%, minorities, non-CPC, education, domains,
// age limits, size against target) with its rule id, and the age bands. Every figure links to
// the entries behind it (?row=key, ?row=key&lacking=1, ?band=i).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { targetStatusLabel, targetStatusTone } from "@/lib/labels";
import type { PoolReport } from "@/lib/rules";

const pct = (r: number | null) => (r == null ? "" : `（${(r * 100).toFixed(1)}%）`);

export function StructureReport({
  report,
  hrefFor,
}: {
  report: PoolReport;
  hrefFor: (params: Record<string, string>) => string;
}) {
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-labelledby="structure-title"
      data-testid="structure-report"
    >
      <header className="border-b border-slate-200 px-4 py-2">
        <h2 id="structure-title" className="text-sm font-semibold">
          队伍结构报告{" "}
          <span className="font-normal text-slate-500">
            在库 <span data-testid="active-count">{report.activeCount}</span> 人
          </span>
        </h2>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2">规则</th>
              <th className="px-3 py-2">指标</th>
              <th className="px-3 py-2">目标</th>
              <th className="px-3 py-2">实际</th>
              <th className="px-3 py-2">未计入</th>
              <th className="px-3 py-2">状态</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.key} className="border-t border-slate-100" data-testid={`row-${r.key}`}>
                <td className="px-3 py-1.5 font-mono text-xs">{r.ruleId}</td>
                <td className="px-3 py-1.5">{r.label}</td>
                <td className="px-3 py-1.5 text-slate-600">{r.target.description}</td>
                <td className="px-3 py-1.5 tabular-nums">
                  <Link
                    href={hrefFor({ row: r.key })}
                    className="text-brand-700 hover:underline"
                    data-testid="row-actual"
                  >
                    {r.actual.count}
                  </Link>
                  {pct(r.actual.ratio)}
                </td>
                <td className="px-3 py-1.5 tabular-nums">
                  {r.lackingIds.length ? (
                    <Link href={hrefFor({ row: r.key, lacking: "1" })} className="text-brand-700 hover:underline">
                      {r.lackingIds.length}
                    </Link>
                  ) : (
                    ""
                  )}
                </td>
                <td className="px-3 py-1.5">
                  <Badge tone={targetStatusTone[r.status]} title={r.message}>
                    {targetStatusLabel[r.status]}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-4 border-t border-slate-200 px-4 py-2 text-sm">
        <span className="text-slate-600">年龄分布：</span>
        {report.ageBands.map((b, i) => (
          <Link key={b.label} href={hrefFor({ band: String(i) })} className="text-brand-700 hover:underline">
            {b.label} {b.male + b.female}人（女{b.female}）
          </Link>
        ))}
      </div>
    </section>
  );
}
