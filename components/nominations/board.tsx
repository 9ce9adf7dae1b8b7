import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { nominationStageLabel, poolTierLabel } from "@/lib/labels";
import { PROCEDURE } from "@/lib/nominations/stages";
import type { NominationListRow } from "@/lib/server/nominations";

/** One column per step of the procedure; 任职 shows the recently appointed. */
export function NominationBoard({
  rows,
  today,
  expired,
}: {
  rows: NominationListRow[];
  today: Date;
  expired: Set<string>;
}) {
  return (
    <div className="grid gap-3 overflow-x-auto md:grid-cols-4 xl:grid-cols-7" data-testid="nomination-board">
      {PROCEDURE.map((stage) => {
        const at = rows.filter((r) => r.stage === stage);
        return (
          <section
            key={stage}
            className="min-w-40 rounded-lg border border-slate-200 bg-slate-50"
            aria-label={nominationStageLabel[stage]}
            data-stage={stage}
          >
            <h2 className="flex justify-between border-b border-slate-200 px-3 py-2 text-sm font-semibold text-slate-800">
              <span>{nominationStageLabel[stage]}</span>
              <span className="tabular-nums text-slate-500">{at.length}</span>
            </h2>
            <ul className="space-y-2 p-2">
              {at.map((r) => {
                const days = Math.max(0, Math.round((today.getTime() - r.updatedAt.getTime()) / 86_400_000));
                return (
                  <li key={r.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm shadow-sm">
                    <Link href={`/nominations/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.cadre.name}
                    </Link>
                    <div className="text-xs text-slate-600">{r.unit.name}</div>
                    <div className="text-xs text-slate-600">
                      {poolTierLabel[r.tier]}
                      {stage !== "APPOINTED" ? ` · 已停留${days}天` : ""}
                    </div>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {r.returnedComment ? <Badge tone="warn">退回修改</Badge> : null}
                      {expired.has(r.id) ? <Badge tone="bad">推荐已过期</Badge> : null}
                      {stage === "APPOINTED" && r.poolEntry ? <Badge tone="ok">已入库</Badge> : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
