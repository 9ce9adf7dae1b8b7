// 年度研判提醒: entries whose review is due or comes due within 60 days (poolReviewDue).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format/dates";
import type { ReviewDueItem } from "@/lib/rules";
import type { PoolEntryRow } from "@/lib/server/pool/overview";

export function ReviewDueList({ due, entries }: { due: ReviewDueItem[]; entries: PoolEntryRow[] }) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const overdue = due.filter((d) => d.status === "DUE").length;
  return (
    <details className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="review-due">
      <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">
        年度研判提醒{" "}
        <span className="font-normal text-slate-500">
          已到期 {overdue} 人，60日内到期 {due.length - overdue} 人
        </span>
      </summary>
      <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto px-4 text-sm">
        {due.map((d) => {
          const e = byId.get(d.entryId);
          return (
            <li key={d.entryId} className="flex items-center gap-2 py-1.5">
              <Badge tone={d.status === "DUE" ? "bad" : "warn"}>{d.status === "DUE" ? "已到期" : "将到期"}</Badge>
              <Link href={`/pool/${d.entryId}`} className="text-brand-700 hover:underline">
                {e?.name ?? "（已不在当前统计范围）"}
              </Link>
              <span className="text-slate-500">
                {e?.tierName ?? ""} 应于{formatDate(d.dueOn)}前研判
              </span>
              <span className="font-mono text-xs text-slate-400">{d.ruleId}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
