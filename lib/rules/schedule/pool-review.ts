// poolReviewDue: entries whose periodic review is due — every year under district-2020
// (D20-REVIEW-ANNUAL), every two years under shushan-2012 (SS12-ADJUST) — and when the next
// concentrated survey is due (every 2–3 years, D20-REVIEW-ANNUAL).
import type { PoolEntryFact, PoolReviewFact } from "../model/pool-facts";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { addDays, addYears, formatDateLong } from "../util/dates";
import { poolSchedule, type PoolSchedule } from "../pool/pool-schedule";
import { reviewDueOn } from "../pool/schedule-day";
import { buildPoolDay } from "../pool/entry-info";
import type { ReviewCycle } from "../pool/review-cycle";

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

export function poolReviewDue(
  entries: readonly PoolEntryFact[],
  reviews: readonly PoolReviewFact[],
  profile: ResolvedProfile,
  asOf: Date,
  horizonDays = 30,
): ReviewDueItem[] {
  return reviewsDueFrom(poolSchedule(entries, reviews, null, profile), asOf, horizonDays, Infinity).items;
}

/**
 * The same items, sorted by due date, with only the first `limit` made (each with its message)
 * and all of them counted: a dashboard lists a few of thousands on any day a reader picks. The
 * dates come from the pool's schedule (pool-schedule.ts), numbers kept per entry.
 */
export function reviewsDueFrom(
  s: PoolSchedule,
  asOf: Date,
  horizonDays: number,
  limit: number,
): { items: ReviewDueItem[]; total: number } {
  const c = s.compact;
  const entries = c.entries;
  const t = asOf.getTime();
  const horizon = addDays(asOf, horizonDays).getTime();
  const due: Due[] = [];
  // the day's active entries, as the structure rules read them (kept per compact and day)
  for (const k of buildPoolDay(entries, s.profile, asOf).active) {
    const cycle = s.cycles[c.tier[k]];
    if (!cycle) continue;
    const { last, dueOn } = reviewDueOn(s, k, t);
    if (dueOn > horizon) continue;
    due.push({ k, last, cycle, dueOn });
  }
  // stable: entries due on the same day stay in the entries' order
  due.sort((a, b) => a.dueOn - b.dueOn);
  const items = (limit < due.length ? due.slice(0, limit) : due).map((d) => reviewItem(entries[d.k], d, asOf));
  return { items, total: due.length };
}

interface Due {
  k: number;
  /** NaN: never reviewed by asOf */
  last: number;
  cycle: ReviewCycle;
  dueOn: number;
}

function reviewItem(e: PoolEntryFact, d: Due, asOf: Date): ReviewDueItem {
  const { cycle } = d;
  const last = Number.isNaN(d.last) ? null : new Date(d.last);
  const dueOn = new Date(d.dueOn);
  const status = d.dueOn <= asOf.getTime() ? "DUE" : "UPCOMING";
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
