// poolReviewDue: entries whose periodic review is due — every year under district-2020
// (D20-REVIEW-ANNUAL), every two years under shushan-2012 (SS12-ADJUST) — and when the next
// concentrated survey is due (every 2–3 years, D20-REVIEW-ANNUAL).
import type { PoolTier } from "../model/enums";
import type { PoolEntryFact, PoolReviewFact } from "../model/pool-facts";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { addDays, addYears, formatDateLong } from "../util/dates";
import { isEntryActive } from "../pool/entry-info";

export interface ReviewDueItem {
  entryId: string;
  cadreId: string;
  ruleId: Extract<RuleId, "D20-REVIEW-ANNUAL" | "SS12-ADJUST">;
  cycleYears: number;
  lastReviewedOn: Date | null;
  dueOn: Date;
  /** DUE: on or before asOf; UPCOMING: within the horizon */
  status: "DUE" | "UPCOMING";
  message: string;
}

const SS12_TIERS: readonly PoolTier[] = ["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"];

/** Which cycle governs a tier: its own document's rule, else whichever one is on. */
function cycleFor(tier: PoolTier, profile: ResolvedProfile): { ruleId: ReviewDueItem["ruleId"]; years: number } | null {
  const d20 = ruleOn(profile, "D20-REVIEW-ANNUAL")
    ? { ruleId: "D20-REVIEW-ANNUAL" as const, years: profile.params.d20.review.cycleYears }
    : null;
  const ss12 = ruleOn(profile, "SS12-ADJUST")
    ? { ruleId: "SS12-ADJUST" as const, years: profile.params.ss12.adjustCycleYears }
    : null;
  return SS12_TIERS.includes(tier) ? (ss12 ?? d20) : (d20 ?? ss12);
}

export function poolReviewDue(
  entries: readonly PoolEntryFact[],
  reviews: readonly PoolReviewFact[],
  profile: ResolvedProfile,
  asOf: Date,
  horizonDays = 30,
): ReviewDueItem[] {
  const lastByEntry = new Map<string, Date>();
  for (const r of reviews) {
    if (r.reviewedOn.getTime() > asOf.getTime()) continue;
    const prev = lastByEntry.get(r.poolEntryId);
    if (!prev || r.reviewedOn > prev) lastByEntry.set(r.poolEntryId, r.reviewedOn);
  }
  const horizon = addDays(asOf, horizonDays).getTime();
  const items = itemsOf(profile, `${asOf.getTime()}|${horizon}`);
  const out: ReviewDueItem[] = [];
  for (const e of entries) {
    if (!isEntryActive(e, asOf)) continue;
    const last = lastByEntry.get(e.id) ?? null;
    // an entry's item depends on the entry, its last review and the day only: after a change,
    // the entries it did not touch are the same objects (facts are read-only) and keep theirs
    const memo = items.get(e);
    let item: ReviewDueItem | null;
    if (memo && memo.last === (last?.getTime() ?? null)) item = memo.item;
    else {
      item = reviewItem(e, last, profile, asOf, horizon);
      items.set(e, { last: last?.getTime() ?? null, item });
    }
    if (item) out.push(item);
  }
  return out.sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
}

type ItemMemo = WeakMap<PoolEntryFact, { last: number | null; item: ReviewDueItem | null }>;
const byProfile = new WeakMap<ResolvedProfile, Map<string, ItemMemo>>();
/** Days whose items are kept per profile (today, a year earlier and a few a leader picked). */
const DAYS_KEPT = 8;

function itemsOf(profile: ResolvedProfile, day: string): ItemMemo {
  let days = byProfile.get(profile);
  if (!days) byProfile.set(profile, (days = new Map()));
  let items = days.get(day);
  if (!items) {
    days.set(day, (items = new WeakMap()));
    if (days.size > DAYS_KEPT) days.delete(days.keys().next().value!);
  }
  return items;
}

function reviewItem(
  e: PoolEntryFact,
  last: Date | null,
  profile: ResolvedProfile,
  asOf: Date,
  horizon: number,
): ReviewDueItem | null {
  const cycle = cycleFor(e.tier, profile);
  if (!cycle) return null;
  const dueOn = addYears(last ?? e.enteredOn, cycle.years);
  if (dueOn.getTime() > horizon) return null;
  const status = dueOn.getTime() <= asOf.getTime() ? "DUE" : "UPCOMING";
  const since = last ? `上次研判于${formatDateLong(last)}` : `${formatDateLong(e.enteredOn)}入库后未研判`;
  return {
    entryId: e.id,
    cadreId: e.cadre.id,
    ruleId: cycle.ruleId,
    cycleYears: cycle.years,
    lastReviewedOn: last,
    dueOn,
    status,
    message: `每${cycle.years}年动态调整一次，${since}，${status === "DUE" ? "已到期" : "将于"}${formatDateLong(dueOn)}${status === "DUE" ? "" : "到期"}`,
  };
}

/** D20-REVIEW-ANNUAL: the next concentrated survey, every 2–3 years (the profile's upper bound). */
export function concentratedSurveyDue(
  lastSurveyOn: Date | null,
  profile: ResolvedProfile,
  asOf: Date,
): { ruleId: "D20-REVIEW-ANNUAL"; dueOn: Date | null; overdue: boolean } {
  if (!lastSurveyOn) return { ruleId: "D20-REVIEW-ANNUAL", dueOn: null, overdue: true };
  const dueOn = addYears(lastSurveyOn, profile.params.d20.review.surveyCycleYears);
  return { ruleId: "D20-REVIEW-ANNUAL", dueOn, overdue: dueOn.getTime() <= asOf.getTime() };
}
