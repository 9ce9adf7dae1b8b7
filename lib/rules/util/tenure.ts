// Tenure as the documents count it: calendar years and months, not days over 365. A period
// 2021-03-01…2022-08-31 is 1年6个月 (18 months), whatever the leap days; separate periods are
// added month by month (18 + 18 months = 3年). Overlapping periods are merged first, so a post
// and a 职级 record covering the same months are counted once.
//
// Leftover days (a period that does not end on a monthly anniversary of its start) are added
// across periods, and each 30 of them make one more month — the way 工龄/任职年限 tables carry
// 零头 days. A period is counted as at the start of asOf, as everywhere else in the rules: a
// period starting on asOf has served nothing yet.
import { addDays, addMonths, dayNumber } from "./dates";

export interface Period {
  startDate: Date;
  /** last day (inclusive); null or absent while still running */
  endDate?: Date | null;
}

export interface Tenure {
  /** whole months, leftover days carried (30 days = 1 month) */
  months: number;
  /** the days left over after carrying, for messages */
  days: number;
}

const DAYS_PER_CARRIED_MONTH = 30;

/** Whole calendar months from start to end (end exclusive), and the days left over. */
export function monthsBetween(start: Date, endExclusive: Date): Tenure {
  if (dayNumber(endExclusive) <= dayNumber(start)) return { months: 0, days: 0 };
  let months =
    (endExclusive.getUTCFullYear() - start.getUTCFullYear()) * 12 + endExclusive.getUTCMonth() - start.getUTCMonth();
  // step back while the monthly anniversary (end-of-month clamped) lies after the end
  while (months > 0 && dayNumber(addMonths(start, months)) > dayNumber(endExclusive)) months--;
  return { months, days: dayNumber(endExclusive) - dayNumber(addMonths(start, months)) };
}

/** The periods cut at asOf (exclusive) and merged where they overlap or touch, in date order. */
export function mergePeriods(periods: readonly Period[], asOf: Date): { start: Date; end: Date }[] {
  const cut = dayNumber(asOf);
  const spans = periods
    .map((p) => {
      const end = p.endDate ? Math.min(dayNumber(addDays(p.endDate, 1)), cut) : cut;
      return { s: dayNumber(p.startDate), e: end, start: p.startDate };
    })
    .filter((x) => x.e > x.s)
    .sort((a, b) => a.s - b.s);
  const out: { s: number; e: number; start: Date }[] = [];
  for (const x of spans) {
    const last = out[out.length - 1];
    if (last && x.s <= last.e) last.e = Math.max(last.e, x.e);
    else out.push({ ...x });
  }
  return out.map((x) => ({ start: x.start, end: new Date(x.e * 86_400_000) }));
}

/** Tenure summed over the periods up to asOf: calendar months per merged period, days carried. */
export function tenureOn(periods: readonly Period[], asOf: Date): Tenure {
  let months = 0;
  let days = 0;
  for (const p of mergePeriods(periods, asOf)) {
    const t = monthsBetween(p.start, p.end);
    months += t.months;
    days += t.days;
  }
  months += Math.floor(days / DAYS_PER_CARRIED_MONTH);
  return { months, days: days % DAYS_PER_CARRIED_MONTH };
}

/** Served at least `years` full years in total on asOf. */
export function servedFullYears(periods: readonly Period[], asOf: Date, years: number): boolean {
  return tenureOn(periods, asOf).months >= years * 12;
}

/** "3年"、"1年6个月"、"5个月"、"不足1个月" */
export function tenureLabel(t: Tenure): string {
  const y = Math.floor(t.months / 12);
  const m = t.months % 12;
  if (y === 0 && m === 0) return "不足1个月";
  return `${y > 0 ? `${y}年` : ""}${m > 0 ? `${m}个月` : ""}`;
}
