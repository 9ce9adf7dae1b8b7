// Dates as an organization department writes them: 出生年月 `1988.05`, full dates `2026.06.30`.
// Calendar dates are stored as UTC midnight, so format in UTC.

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

/** Today's calendar date in China (UTC+8) as UTC midnight: the default reference date. */
export function todayInChina(now: Date = new Date()): Date {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The same calendar day a year earlier (29 February → 1 March): the pages' "一年前". */
export function yearEarlier(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
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
