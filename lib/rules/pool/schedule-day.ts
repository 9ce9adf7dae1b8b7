// A day's reading of the pool's schedule (pool-schedule.ts): the training rules an entry fails
// and its review due, from the numbers kept per entry — no entry object is read.
import { POOL_TIERS } from "../model/enums";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import {
  T_END,
  T_HOURS,
  T_POLITICAL_DUE,
  T_SPECIAL,
  T_YEAR,
  TRAINING_FIELDS,
  type PoolSchedule,
} from "./pool-schedule";

/** Bits of the training rules an entry fails (trainingFailedOn). */
export const FAILS_POLITICAL = 1;
export const FAILS_HOURS = 2;
export const FAILS_SPECIAL = 4;

/** The rule switches and thresholds a day's training verdicts read, once per day. */
export interface TrainingDay {
  t: number;
  year: number;
  political: boolean;
  hours: number | null;
  /** the special trainings required of the SECTION tier (null: D20-TRAIN-KJ off) */
  special: number | null;
  sectionCode: number;
}

export function trainingDay(profile: ResolvedProfile, asOf: Date): TrainingDay {
  return {
    t: asOf.getTime(),
    year: asOf.getUTCFullYear(),
    political: ruleOn(profile, "WS-POLITICAL-TRAINING"),
    hours: ruleOn(profile, "WS-TRAIN-HOURS") ? profile.params.ws.hoursPerYear : null,
    special: ruleOn(profile, "D20-TRAIN-KJ") ? profile.params.d20.training.specialPerYear : null,
    sectionCode: POOL_TIERS.indexOf("SECTION"),
  };
}

/**
 * The training rules entry k fails on the day (FAILS_* bits; 0: none): the verdicts of
 * trainingCompliance (schedule/training.ts) from the numbers above — the unit tests hold the two
 * equal over generated members and days.
 */
export function trainingFailedOn(s: PoolSchedule, k: number, day: TrainingDay): number {
  const row = s.training[k];
  let politicalDue = s.entryPoliticalDue[k];
  let hours = 0;
  let special = 0;
  if (row) {
    for (let o = 0; o < row.length; o += TRAINING_FIELDS) {
      if (row[o + T_END] > day.t) break;
      // by end date: the last qualifying one decides
      if (!Number.isNaN(row[o + T_POLITICAL_DUE])) politicalDue = row[o + T_POLITICAL_DUE];
      if (row[o + T_YEAR] !== day.year) continue;
      hours += row[o + T_HOURS];
      special += row[o + T_SPECIAL];
    }
  }
  let failed = 0;
  if (day.political && !(politicalDue >= day.t)) failed |= FAILS_POLITICAL;
  if (day.hours !== null && hours < day.hours) failed |= FAILS_HOURS;
  if (day.special !== null && s.compact.tier[k] === day.sectionCode && special < day.special) failed |= FAILS_SPECIAL;
  return failed;
}

/** Entry k's latest review on or before t and the review due after it (last NaN: none, due from entry). */
export function reviewDueOn(s: PoolSchedule, k: number, t: number): { last: number; dueOn: number } {
  const on = s.reviewOn[k];
  if (on) {
    for (let i = on.length - 1; i >= 0; i--) if (on[i] <= t) return { last: on[i], dueOn: s.reviewDue[k]![i] };
  }
  return { last: NaN, dueOn: s.entryReviewDue[k] };
}
