// Dates as people and tools write them on 任免审批表 files and rosters: `198611`, `1986.11`,
// `1986.11.03`, `1986-11-03`, `1986年11月`, full-width digits. Pure; shared by the LRMX/LRM
// readers and the Excel roster import.
//
// A LooseDate keeps the precision the source had: "1986-11" (month) or "1986-11-03" (day).
// Comparing a month-precision value with a stored full date compares months only, so that
// re-importing `1988.05` over a stored 1988-05-17 is not a change.

export type LooseDate = string;

const pad = (n: number) => String(n).padStart(2, "0");

/** Full-width digits, letters and punctuation (typed with a Chinese input method) to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

function valid(year: number, month: number, day: number | null): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return false;
  if (day === null) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const PATTERNS: RegExp[] = [
  /^(\d{4})(\d{2})(\d{2})?$/, // 198611, 19861103
  /^(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?$/, // 1986.11, 1986.11.03, 1986-11-03, 1986/11/3
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/, // 1986年11月, 1986年11月3日
];

/**
 * Only full-width digits and the date punctuation ．／－～ to ASCII, so that Chinese text next
 * to a date (`副书记，主任`) keeps its own punctuation.
 */
export function digitsToHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0e\uff0f\uff0d\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export type LooseDateResult = { ok: true; value: LooseDate | null } | { ok: false; message: string };

/**
 * Parses one date; blank input is `{ ok: true, value: null }`. An impossible month or day
 * (`1988.13`, `1988.02.30`) is an error with a Chinese message naming the value.
 */
export function parseLooseDate(input: unknown): LooseDateResult {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, message: "日期无效" };
    // A four-digit year, as every other date here; toISOString would write "+010000-01-01".
    const year = input.getUTCFullYear();
    if (year < 1000 || year > 9999) return { ok: false, message: `日期的年份“${year}”无效` };
    return { ok: true, value: input.toISOString().slice(0, 10) };
  }
  let text: string;
  try {
    text = String(input ?? "");
  } catch {
    // an object without a usable toString (a damaged file's value) is no date
    return { ok: false, message: "无法识别的日期，应写作 1988.05、198805 或 1988-05-01" };
  }
  const raw = toHalfWidth(text).trim().replace(/\s+/g, "");
  if (!raw) return { ok: true, value: null };
  for (const re of PATTERNS) {
    const m = re.exec(raw);
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = m[3] === undefined ? null : Number(m[3]);
    if (!valid(year, month, day)) return { ok: false, message: `日期“${raw}”不存在（月份应为1–12，日期应在当月内）` };
    return { ok: true, value: day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}` };
  }
  return { ok: false, message: `无法识别的日期“${raw}”，应写作 1988.05、198805 或 1988-05-01` };
}

/** Like parseLooseDate, but an unreadable value is simply null (for tolerant file readers). */
export function looseDateOrNull(input: unknown): LooseDate | null {
  const r = parseLooseDate(input);
  return r.ok ? r.value : null;
}

/** UTC midnight of the date; a month-precision value becomes the first of the month. */
export function looseDateToDate(d: LooseDate): Date {
  const [y, m, day] = d.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, day ?? 1));
}

/** The LooseDate of a stored calendar date, at the given precision. */
export function dateToLoose(d: Date, precision: "month" | "day" = "day"): LooseDate {
  const iso = d.toISOString().slice(0, 10);
  return precision === "month" ? iso.slice(0, 7) : iso;
}

/** `YYYYMM`, as LRMX writes dates. */
export function toYYYYMM(d: LooseDate | Date | null | undefined): string {
  if (!d) return "";
  const s = d instanceof Date ? dateToLoose(d) : d;
  return s.slice(0, 4) + s.slice(5, 7);
}

/** `YYYYMMDD`; a month-precision value cannot say its day and gives `YYYYMM`. */
export function toYYYYMMDD(d: LooseDate | Date | null | undefined): string {
  if (!d) return "";
  const s = d instanceof Date ? dateToLoose(d) : d;
  return s.replaceAll("-", "");
}

/** `1988.05` (the way the department writes 出生年月 and 简历 dates). */
export function toDotted(d: LooseDate | null | undefined): string {
  return d ? d.slice(0, 7).replace("-", ".") : "";
}

/**
 * Whether a LooseDate from a file says the same as a stored date, at the file's precision.
 * null equals null only.
 */
export function sameAsStored(file: LooseDate | null, stored: Date | null | undefined): boolean {
  if (!file || !stored) return !file && !stored;
  const iso = dateToLoose(stored);
  return file.length === 7 ? iso.startsWith(file) : iso === file;
}

export { pad as pad2 };
