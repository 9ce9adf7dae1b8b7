import "server-only";
import { formatDate } from "@/lib/format/dates";
import { poolTierNamesUnder } from "@/lib/labels";
import { ruleOn, type PoolTier, type RuleId } from "@/lib/rules";
import type { WatchItem, WatchList } from "@/lib/dashboard/model";
import { LISTED, REVIEW_RULES, ROTATION_RULES, type Evaluation } from "./evaluate";
import { TRAINING_RULES } from "./load-facts";
import type { Lookup } from "./lookup";

/** Items each watch list names: what the evaluation lists (evaluate.ts). */
export const WATCH_SHOWN = LISTED;

/** The cadres each watch list names (at most WATCH_SHOWN items each). */
export function watchCadreIds(ev: Evaluation): string[] {
  return [
    ...ev.rotations.slice(0, WATCH_SHOWN).flatMap((r) => r.cadreIds),
    ...ev.trainingBehind.slice(0, WATCH_SHOWN).map((t) => t.entry.cadre.id),
    ...ev.reviews.slice(0, WATCH_SHOWN).map((r) => r.cadreId),
  ];
}

function list(ev: Evaluation, ids: readonly RuleId[], items: WatchItem[], total: number): WatchList {
  const on = ids.filter((id) => ruleOn(ev.profile, id));
  return { enabled: on.length > 0, ruleIds: on, items: items.slice(0, WATCH_SHOWN), total };
}

export function watchView(ev: Evaluation, lookup: Lookup, names: Map<string, string>) {
  const tierNames = poolTierNamesUnder(ev.profile);
  const tierNameOf = (tier: PoolTier | undefined) => (tier ? tierNames[tier] : "");
  const name = (id: string) => names.get(id) ?? "（回避）";
  const rotation = ev.rotations.slice(0, WATCH_SHOWN).map((r, i): WatchItem => ({
    id: `${r.ruleId}-${r.appointmentIds.join("-")}-${i}`,
    who: r.cadreIds.map(name).join("、"),
    where: lookup.unit(r.unitId)?.name ?? "",
    dueOn: formatDate(r.dueOn),
    status: r.status,
    ruleId: r.exempt ? `${r.ruleId}（${r.exemptRuleId}）` : r.ruleId,
    message: r.message,
  }));
  const training = ev.trainingBehind.slice(0, WATCH_SHOWN).map((t): WatchItem => ({
    id: t.entry.id,
    who: name(t.entry.cadre.id),
    where: tierNames[t.entry.tier],
    // the political training has its own three-year deadline; the yearly rules end with the year
    dueOn:
      t.failed.some((c) => c.ruleId === "WS-POLITICAL-TRAINING") && t.politicalDueOn
        ? formatDate(t.politicalDueOn)
        : `${ev.asOf.getUTCFullYear()}.12.31`,
    status:
      t.failed.some((c) => c.ruleId === "WS-POLITICAL-TRAINING") &&
      t.politicalDueOn &&
      t.politicalDueOn.getTime() <= ev.asOf.getTime()
        ? "DUE"
        : "UPCOMING",
    ruleId: t.failed.map((c) => c.ruleId).join("、"),
    message: t.failed.map((c) => c.message).join("；"),
  }));
  const reviews = ev.reviews.slice(0, WATCH_SHOWN).map((r): WatchItem => ({
    id: r.entryId,
    who: name(r.cadreId),
    where: tierNameOf(lookup.entry(r.entryId)?.tier),
    dueOn: formatDate(r.dueOn),
    status: r.status,
    ruleId: r.ruleId,
    message: r.message,
  }));
  return {
    rotation: list(ev, ROTATION_RULES, rotation, ev.rotations.length),
    training: list(ev, TRAINING_RULES, training, ev.trainingBehindTotal),
    reviews: list(ev, REVIEW_RULES, reviews, ev.reviewsTotal),
  };
}
