// Calendar dates as JS Dates at UTC midnight, the convention of the rules (lib/rules) and of
// Prisma @db.Date columns. Everything is computed from a fixed reference day (asOf), never
// from the clock, so seeded data is reproducible.
import type { Rng } from "./random";

const DAY_MS = 86_400_000;

/** The demo's reference "today". */
export const DEFAULT_AS_OF = day(2026, 11, 22);

/** 1-based month, as people write dates. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** Same calendar day n months later (clamped to the month's end: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)));
}

export function addYears(d: Date, years: number): Date {
  return addMonths(d, years * 12);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** 周岁 on asOf; a 29 February birthday completes on 1 March in common years (as lib/rules). */
export function ageOn(birthDate: Date, asOf: Date): number {
  let bm = birthDate.getUTCMonth();
  let bd = birthDate.getUTCDate();
  const y = asOf.getUTCFullYear();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (bm === 1 && bd === 29 && !leap) {
    bm = 2;
    bd = 1;
  }
  const m = asOf.getUTCMonth();
  const reached = m > bm || (m === bm && asOf.getUTCDate() >= bd);
  return y - birthDate.getUTCFullYear() - (reached ? 0 : 1);
}

/** A birth date giving exactly `age` full years on asOf. */
export function birthDateForAge(rng: Rng, age: number, asOf: Date): Date {
  // Born between (asOf − age − 1 years, +1 day) and (asOf − age years), inclusive.
  const latest = addYears(asOf, -age);
  const earliest = addDays(addYears(asOf, -age - 1), 1);
  return addDays(earliest, rng.int(0, daysBetween(earliest, latest)));
}

/** Uniform day in [from, to]. */
export function dateBetween(rng: Rng, from: Date, to: Date): Date {
  const span = daysBetween(from, to);
  return addDays(from, span <= 0 ? 0 : rng.int(0, span));
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function isBefore(a: Date, b: Date): boolean {
  return a.getTime() < b.getTime();
}

/** Next Monday on or after d (meetings, publicity periods and classes start on weekdays). */
export function nextMonday(d: Date): Date {
  const dow = d.getUTCDay();
  return addDays(d, (8 - dow) % 7);
}

/** Moves Saturday/Sunday forward to Monday. */
export function weekday(d: Date): Date {
  const dow = d.getUTCDay();
  return dow === 6 ? addDays(d, 2) : dow === 0 ? addDays(d, 1) : d;
}

/** A timestamp on a calendar day at a Beijing-time hour (UTC+8). */
export function at(d: Date, hour: number, minute = 0): Date {
  return new Date(d.getTime() + (hour - 8) * 3_600_000 + minute * 60_000);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
