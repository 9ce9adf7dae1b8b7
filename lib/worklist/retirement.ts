// The work list's retirement groups (退休提醒): this month, next month, the rest of the year.
// The retirement age itself is lib/rules' one reading (profile base ages raised gradually under
// the 2024 decision, women at 处级 at their own base); it cites no rule id of RULES.md. Pure:
// asOf comes from the caller.
import { addMonths, day, retirementDate, type Gender } from "@/lib/rules";

const dayNumber = (d: Date) => Math.floor(d.getTime() / 86_400_000);

export type RetirementBucket = "RETIRE_THIS_MONTH" | "RETIRE_NEXT_MONTH" | "RETIRE_THIS_YEAR";

/** The month windows of the three retirement groups as of a date (inclusive first and last days). */
export function retirementWindows(asOf: Date): Record<RetirementBucket, { from: Date; to: Date } | null> {
  const y = asOf.getUTCFullYear();
  const m = asOf.getUTCMonth() + 1;
  const thisMonth = day(y, m, 1);
  const nextMonth = addMonths(thisMonth, 1);
  const afterNext = addMonths(thisMonth, 2);
  const yearEnd = day(y, 12, 31);
  const dayBefore = (d: Date) => new Date(d.getTime() - 86_400_000);
  return {
    RETIRE_THIS_MONTH: { from: thisMonth, to: dayBefore(nextMonth) },
    RETIRE_NEXT_MONTH: { from: nextMonth, to: dayBefore(afterNext) },
    // the rest of the calendar year after next month; none in November and December
    RETIRE_THIS_YEAR: afterNext.getTime() <= yearEnd.getTime() ? { from: afterNext, to: yearEnd } : null,
  };
}

/** The group of someone reaching the retirement age (with the given base years) as of a date. */
export function retirementBucket(
  birthDate: Date,
  gender: Gender,
  baseYears: number,
  asOf: Date,
): RetirementBucket | null {
  const r = retirementDate(birthDate, gender, baseYears).getTime();
  const w = retirementWindows(asOf);
  for (const b of ["RETIRE_THIS_MONTH", "RETIRE_NEXT_MONTH", "RETIRE_THIS_YEAR"] as const) {
    const win = w[b];
    if (win && r >= win.from.getTime() && r <= win.to.getTime()) return b;
  }
  return null;
}

const fromDayNumber = (n: number) => new Date(n * 86_400_000);

/**
 * The birth dates whose retirement date (gender, base years) falls within [from, to], for a
 * query's where: the retirement date never decreases as the birth date increases, so the set is
 * one interval, found by bisection. Null when empty.
 */
export function birthRangeRetiringWithin(
  gender: Gender,
  baseYears: number,
  from: Date,
  to: Date,
): { from: Date; to: Date } | null {
  const retire = (n: number) => dayNumber(retirementDate(fromDayNumber(n), gender, baseYears));
  // bounds wide enough for any delay (at most 3 years over 60): born (base + 8) years before
  // `from` … base years before `to` (nobody retires before the base age)
  const lo0 = dayNumber(addMonths(from, -(Math.max(baseYears, 60) + 8) * 12));
  const hi0 = dayNumber(addMonths(to, -baseYears * 12));
  const first = (pred: (n: number) => boolean) => {
    let lo = lo0;
    let hi = hi0 + 1; // pred(hi) treated as true
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (pred(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const start = first((n) => retire(n) >= dayNumber(from));
  const end = first((n) => retire(n) > dayNumber(to)) - 1;
  return start <= end ? { from: fromDayNumber(start), to: fromDayNumber(end) } : null;
}
