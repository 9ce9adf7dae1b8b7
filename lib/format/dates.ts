// The dates of the app outside the rules: the rules' one date module (lib/rules/util/dates.ts,
// which cannot read the clock) and today's date in China, which does.
export {
  addDays,
  addMonths,
  addYears,
  day,
  daysBetween,
  formatDate,
  formatDateLong,
  formatDateTime,
  formatYearMonth,
  isoDay,
  startOfDay,
  toDay,
  yearEarlier,
} from "@/lib/rules/util/dates";

/** Today's calendar date in China (UTC+8) as UTC midnight: the default reference date. */
export function todayInChina(now: Date = new Date()): Date {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
