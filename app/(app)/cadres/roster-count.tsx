// The roster's total, streamed after the page (a Suspense boundary in page.tsx): exact up to
// 10,000, "超过 1 万人" beyond (lib/server/cadres/roster-count.ts says why).
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { rosterAsOf } from "@/lib/server/cadres/roster";
import { ROSTER_COUNT_CAP, rosterCount } from "@/lib/server/cadres/roster-count";
import type { RosterQuery } from "@/lib/validation/roster-query";

// shown twice when every matching cadre is selected (the batch bar and the pager): counted once
const countOnce = cache((actor: Actor, query: RosterQuery) => rosterCount(actor, query, rosterAsOf(query)));

export async function RosterCount({ actor, query }: { actor: Actor; query: RosterQuery }) {
  const { count, capped } = await countOnce(actor, query);
  if (capped)
    return (
      <span title={`只精确统计到 ${ROSTER_COUNT_CAP.toLocaleString("zh-CN")} 人，请用筛选条件缩小范围`}>
        超过 <strong className="tabular-nums text-slate-900">{ROSTER_COUNT_CAP / 10_000} 万</strong> 人
      </span>
    );
  return (
    <span>
      共 <strong className="tabular-nums text-slate-900">{count.toLocaleString("zh-CN")}</strong> 人
    </span>
  );
}

export const ROSTER_COUNT_PENDING = <span className="text-slate-400">正在统计人数…</span>;
