// Thresholds written into the column headers, as the tables organization departments exchange
// do: the age limit and the birth date it means on the report's date, so a reader checks a
// person against the header without counting birthdays ("35岁及以下（1990.12.06后出生）").
import { addDays, addYears, formatDate } from "@/lib/format/dates";

/** Age ≤ maxAge on asOf ⟺ born after this day (the person born on it turns maxAge + 1 that day). */
export function lastBirthDateTooOld(asOf: Date, maxAge: number): Date {
  return addYears(asOf, -(maxAge + 1));
}

/** "35岁及以下（1990.12.06后出生）" */
export function atMostHeader(asOf: Date, maxAge: number): string {
  return `${maxAge}岁及以下（${formatDate(lastBirthDateTooOld(asOf, maxAge))}后出生）`;
}

/** "41至45岁（1980.12.07至1985.12.06出生）" */
export function betweenHeader(asOf: Date, min: number, max: number): string {
  const first = addDays(lastBirthDateTooOld(asOf, max), 1);
  return `${min}至${max}岁（${formatDate(first)}至${formatDate(lastBirthDateTooOld(asOf, min - 1))}出生）`;
}

/** "56岁及以上（1970.12.06及以前出生）" */
export function atLeastHeader(asOf: Date, min: number): string {
  return `${min}岁及以上（${formatDate(lastBirthDateTooOld(asOf, min - 1))}及以前出生）`;
}

/** Five-year bands closed on the right, as the team view (lib/units/team-structure.ts) draws them. */
export const TEAM_AGE_EDGES = [35, 40, 45, 50, 55] as const;

/** Headers of the bands of `edges` on asOf: ≤e0, e0+1…e1, …, ≥last+1. */
export function ageBandHeaders(asOf: Date, edges: readonly number[] = TEAM_AGE_EDGES): string[] {
  const out = [atMostHeader(asOf, edges[0])];
  for (let i = 1; i < edges.length; i++) out.push(betweenHeader(asOf, edges[i - 1] + 1, edges[i]));
  out.push(atLeastHeader(asOf, edges[edges.length - 1] + 1));
  return out;
}

/** Index of the band an age falls in. */
export function bandOf(age: number, edges: readonly number[] = TEAM_AGE_EDGES): number {
  const k = edges.findIndex((e) => age <= e);
  return k < 0 ? edges.length : k;
}
