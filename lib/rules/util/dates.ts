// The app's dates, defined once: calendar-date arithmetic and the formats an organization
// department writes (出生年月 `1988.05`, full dates `2026.06.30`, `2026年6月30日` in sentences).
// Dates are JS Dates holding UTC midnight, so everything here works in UTC; nothing reads the
// clock (lib/format/dates.ts adds todayInChina and is the door the rest of the app uses).

const MS_PER_DAY = 86_400_000;

/** A calendar date (UTC midnight). Month is 1-based, as people write it. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** Parses "YYYY-MM-DD" (or accepts a Date) into a UTC-midnight Date. */
export function toDay(value: Date | string): Date {
  if (value instanceof Date) return startOfDay(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new Error(`日期格式应为 YYYY-MM-DD：${value}`);
  return day(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Drops any time of day, so a timestamp compares as its UTC calendar date. */
export function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Days since 1970-01-01 (UTC): a cheap integer key for sets and comparisons. */
export function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * MS_PER_DAY);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's
 * last day (31 Jan + 1 month = 28/29 Feb), as periods "by month/year" are read in Chinese law.
 */
export function addMonths(d: Date, months: number): Date {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const date = Math.min(d.getUTCDate(), daysInMonth(year, monthIndex));
  return new Date(Date.UTC(year, monthIndex, date));
}

export function addYears(d: Date, years: number): Date {
  return addMonths(d, years * 12);
}

/** addYears(d, years).getTime() without making the Date (a pass over thousands of entries). */
export function addYearsTime(d: Date, years: number): number {
  const year = d.getUTCFullYear() + years;
  const monthIndex = d.getUTCMonth();
  return Date.UTC(year, monthIndex, Math.min(d.getUTCDate(), daysInMonth(year, monthIndex)));
}

/** Whole days from a to b (b − a); negative when b is earlier. */
export function daysBetween(a: Date, b: Date): number {
  return dayNumber(b) - dayNumber(a);
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatYearMonth(d: Date | null | undefined): string {
  if (!d) return "";
  return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}`;
}

export function formatDate(d: Date | null | undefined): string {
  if (!d) return "";
  return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())}`;
}

/** `2026年6月30日`, used inside sentences. */
export function formatDateLong(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/**
 * A moment (sign-in, save) in China time: `2026.11.22 10:05`; with seconds `2026.11.22 10:05:07`
 * where several events of a minute must be told apart (the audit log).
 */
export function formatDateTime(d: Date | null | undefined, opts: { seconds?: boolean } = {}): string {
  if (!d) return "";
  const s = new Date(d.getTime() + 8 * 3600_000);
  const time = `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}${opts.seconds ? `:${pad(s.getUTCSeconds())}` : ""}`;
  return `${formatDate(s)} ${time}`;
}

/** The same calendar day a year earlier (29 February → 1 March): the pages' "一年前". */
export function yearEarlier(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
}

/** Active on `asOf`: started on or before it and not ended before it (end day inclusive). */
export function isActiveOn(start: Date, end: Date | null | undefined, asOf: Date): boolean {
  const t = asOf.getTime();
  return start.getTime() <= t && (end == null || end.getTime() >= t);
}
