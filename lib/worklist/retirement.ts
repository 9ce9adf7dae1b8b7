// 法定退休年龄 under the NPC Standing Committee's 2024 decision on gradually raising it
// (《关于实施渐进式延迟法定退休年龄的决定》, from 2025-01-01): men from 60 to 63 and women
// cadres from 55 to 58, one month later for every four months of birth from January 1965 (men)
// and January 1970 (women), at most 36 months. Not a rule of RULES.md (no policy profile
// changes it), so items cite no rule id. Pure: asOf comes from the caller.
import { addMonths, day, type Gender } from "@/lib/rules";

const dayNumber = (d: Date) => Math.floor(d.getTime() / 86_400_000);

const SCHEME: Record<Gender, { baseYears: number; fromYear: number }> = {
  MALE: { baseYears: 60, fromYear: 1965 },
  FEMALE: { baseYears: 55, fromYear: 1970 },
};
const MONTHS_PER_STEP = 4;
const MAX_DELAY_MONTHS = 36;

/** Months the retirement age is raised for someone born in that month (0 before the scheme). */
export function retirementDelayMonths(birthDate: Date, gender: Gender): number {
  const s = SCHEME[gender];
  const since = (birthDate.getUTCFullYear() - s.fromYear) * 12 + birthDate.getUTCMonth();
  if (since < 0) return 0;
  return Math.min(MAX_DELAY_MONTHS, Math.floor(since / MONTHS_PER_STEP) + 1);
}

/** The day the cadre reaches the statutory retirement age (birthday + base years + delay). */
export function retirementDate(birthDate: Date, gender: Gender): Date {
  return addMonths(birthDate, SCHEME[gender].baseYears * 12 + retirementDelayMonths(birthDate, gender));
}

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

export function retirementBucket(birthDate: Date, gender: Gender, asOf: Date): RetirementBucket | null {
  const r = retirementDate(birthDate, gender).getTime();
  const w = retirementWindows(asOf);
  for (const b of ["RETIRE_THIS_MONTH", "RETIRE_NEXT_MONTH", "RETIRE_THIS_YEAR"] as const) {
    const win = w[b];
    if (win && r >= win.from.getTime() && r <= win.to.getTime()) return b;
  }
  return null;
}

const fromDayNumber = (n: number) => new Date(n * 86_400_000);

/**
 * The birth dates whose retirement date falls within [from, to], for a query's where: the
 * retirement date never decreases as the birth date increases, so the set is one interval,
 * found by bisection. Null when empty.
 */
export function birthRangeRetiringWithin(gender: Gender, from: Date, to: Date): { from: Date; to: Date } | null {
  const base = SCHEME[gender].baseYears;
  const retire = (n: number) => dayNumber(retirementDate(fromDayNumber(n), gender));
  // bounds wide enough for any delay: born (base + 4) years before `from` … base years before `to`
  const lo0 = dayNumber(addMonths(from, -(base + 4) * 12));
  const hi0 = dayNumber(addMonths(to, -base * 12));
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
