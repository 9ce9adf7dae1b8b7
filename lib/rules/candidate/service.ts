// Time served: cumulative periods (merged, so overlapping records are not counted twice) and
// "N years in a rank" by anniversary. Elapsed time is counted as at the start of asOf.
import { addDays, addYears, dayNumber } from "../util/dates";
import { servedFullYears } from "../util/tenure";

export interface Interval {
  startDate: Date;
  endDate?: Date | null;
}

/** Days elapsed inside the intervals up to asOf; an ended interval counts through its last day. */
export function servedDays(intervals: readonly Interval[], asOf: Date): number {
  const cut = dayNumber(asOf);
  const spans = intervals
    .map((i) => [dayNumber(i.startDate), Math.min(i.endDate ? dayNumber(addDays(i.endDate, 1)) : cut, cut)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curS = -Infinity;
  let curE = -Infinity;
  for (const [s, e] of spans) {
    if (s > curE) {
      if (curE > curS) total += curE - curS;
      curS = s;
      curE = e;
    } else if (e > curE) {
      curE = e;
    }
  }
  if (curE > curS) total += curE - curS;
  return total;
}

/** The days that make `years` full years ending on asOf (leap days included). */
export function daysInYearsBefore(asOf: Date, years: number): number {
  return dayNumber(asOf) - dayNumber(addYears(asOf, -years));
}

/** Served at least `years` in total, counting multiple stints together in calendar months. */
export function servedYears(intervals: readonly Interval[], asOf: Date, years: number): boolean {
  return servedFullYears(intervals, asOf, years);
}

/** Since `since`, have `years` full years passed on asOf (anniversary reached)? */
export function fullYearsSince(since: Date, asOf: Date, years: number): boolean {
  return addYears(since, years).getTime() <= asOf.getTime();
}

/** Served days shown as years with one decimal, for messages. */
export function yearsLabel(days: number): string {
  return (Math.floor((days / 365.25) * 10) / 10).toFixed(1);
}
