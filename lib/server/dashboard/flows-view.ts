import "server-only";
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { nominationStageLabel } from "@/lib/labels";
import { compactPromotions, NOMINATION_STAGES, RANKS, ruleOn, STAFF_CODE, youngPromotionLimit } from "@/lib/rules";
import type { FlowsView } from "@/lib/dashboard/model";
import { PROMOTION_YEARS, type StaffingFacts } from "@/lib/server/facts";
import type { Evaluation } from "./evaluate";
import type { NominationEventFact } from "./load-facts";
import { yearsUpTo } from "@/lib/dashboard/pool-flows";

export { FLOW_YEARS, poolFlows } from "@/lib/dashboard/pool-flows";

const CLOSED = new Set<NominationStage>(["APPOINTED", "REJECTED", "WITHDRAWN"]);

/**
 * Each nomination's stage on asOf (its latest event up to then): every open one, and the
 * closed ones (任职、未通过、撤回) that closed in asOf's year.
 */
export function nominationStages(
  events: readonly Omit<NominationEventFact, "cadreId">[],
  asOf: Date,
): FlowsView["nominations"] {
  const latest = new Map<string, Omit<NominationEventFact, "cadreId">>();
  for (const e of events) {
    const prev = latest.get(e.nominationId);
    if (!prev || e.occurredAt.getTime() >= prev.occurredAt.getTime()) latest.set(e.nominationId, e);
  }
  const yearStart = Date.UTC(asOf.getUTCFullYear(), 0, 1) - 8 * 3600_000; // 1 January in China
  const counts = new Map<NominationStage, number>();
  for (const e of latest.values()) {
    if (CLOSED.has(e.toStage) && e.occurredAt.getTime() < yearStart) continue;
    counts.set(e.toStage, (counts.get(e.toStage) ?? 0) + 1);
  }
  // every stage, in the procedure's order
  return NOMINATION_STAGES.map((stage) => ({
    stage,
    label: nominationStageLabel[stage],
    count: counts.get(stage) ?? 0,
    open: !CLOSED.has(stage),
  }));
}

export function promotionShares(
  s: Pick<StaffingFacts, "promotions">,
  ev: Pick<Evaluation, "asOf" | "profile">,
): FlowsView["promotions"] {
  const t = ev.asOf.getTime();
  const years = yearsUpTo(ev.asOf, PROMOTION_YEARS).map((year) => ({
    year,
    total: 0,
    young: 0,
    share: null as number | null,
  }));
  const byYear = new Map(years.map((y) => [y.year, y]));
  // through the compact arrays the day's list shares with the store (compact-promotions.ts)
  const c = compactPromotions(s.promotions);
  const limits = RANKS.map((r) => youngPromotionLimit(ev.profile.params, r));
  for (let k = 0; k < c.t.length; k++) {
    if (c.rank[k] === STAFF_CODE || c.t[k] > t) continue;
    const y = byYear.get(c.year[k]);
    if (!y) continue;
    y.total++;
    const limit = limits[c.rank[k]];
    if (limit != null && c.age[k] <= limit) y.young++;
  }
  for (const y of years) y.share = y.total ? y.young / y.total : null;
  return years;
}

/** The young share the D20-ST-NEWPROMO line marks on the chart (null: the rule is off). */
export function youngShareTarget(profile: Evaluation["profile"]): number | null {
  return ruleOn(profile, "D20-ST-NEWPROMO") ? profile.params.d20.staffing.newPromoMinRatio : null;
}
