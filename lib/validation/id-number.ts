// 公民身份号码 (GB 11643-1999): validation, cross-checks and masking.
// Pure on purpose — no node:crypto, no server-only — because browser forms use the same rules
// as the server, so a user sees the exact message the server would give.
import { z } from "zod";

export type IdGender = "MALE" | "FEMALE";

export interface ParsedIdNumber {
  ok: true;
  /** Normalized: ASCII digits, upper-case X, no spaces. */
  value: string;
  /** UTC midnight of the birth date encoded in digits 7–14. */
  birthDate: Date;
  gender: IdGender;
}

export type IdNumberResult = ParsedIdNumber | { ok: false; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

// GB/T 2260 province-level codes, plus 81/82/83 used by 港澳台居民居住证. A number outside these
// is a typo far more often than a real person, so we say so instead of accepting it.
const PROVINCES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
  "83",
]);

const MIN_BIRTH_YEAR = 1900;

/**
 * Trims, removes inner spaces (people paste "110105 19491231 002X"), folds full-width digits
 * and Ｘ typed with a Chinese input method to ASCII, and upper-cases x.
 */
export function normalizeIdNumber(input: string): string {
  return input
    .replace(/\s+/g, "")
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function utcDate(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a round trip exposes it.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d;
}

export function parseIdNumber(input: string, options: { asOf?: Date } = {}): IdNumberResult {
  const value = normalizeIdNumber(input ?? "");
  if (value.length === 0) return { ok: false, message: "请输入身份证号" };
  if (value.length !== 18) {
    return { ok: false, message: `身份证号应为18位（当前为${value.length}位）` };
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, message: "身份证号前17位应为数字，末位为数字或X" };
  }
  if (!PROVINCES.has(value.slice(0, 2))) {
    return { ok: false, message: `身份证号前两位“${value.slice(0, 2)}”不是有效的省级行政区划代码` };
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = utcDate(year, month, day);
  if (!birthDate || year < MIN_BIRTH_YEAR) {
    return { ok: false, message: `身份证号中的出生日期“${value.slice(6, 14)}”无效` };
  }
  const asOf = options.asOf ?? new Date();
  if (birthDate.getTime() > asOf.getTime()) {
    return { ok: false, message: `身份证号中的出生日期“${value.slice(6, 14)}”晚于当前日期` };
  }
  const expected = idCheckChar(value);
  if (value[17] !== expected) {
    return { ok: false, message: `身份证号校验位错误，应为${expected}` };
  }
  const gender: IdGender = Number(value[16]) % 2 === 1 ? "MALE" : "FEMALE";
  return { ok: true, value, birthDate, gender };
}

/**
 * zod schema for form and action input: accepts a string, reports the Chinese message from
 * parseIdNumber, and outputs the normalized number (so the server stores and hashes one form).
 */
export const idNumberSchema = z.string().transform((input, ctx) => {
  const r = parseIdNumber(input);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  return r.value;
});

const GENDER_LABEL: Record<IdGender, string> = { MALE: "男", FEMALE: "女" };

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Compares the birth date and gender entered elsewhere on a form with the ones the number
 * encodes. Dates are compared by UTC calendar day, the convention for @db.Date values here.
 * Returns one Chinese message per mismatch; an empty array means consistent.
 */
export function crossCheckIdNumber(
  parsed: Pick<ParsedIdNumber, "birthDate" | "gender">,
  entered: { birthDate?: Date | string | null; gender?: IdGender | null },
): string[] {
  const messages: string[] = [];
  if (entered.birthDate) {
    const day = typeof entered.birthDate === "string" ? entered.birthDate.slice(0, 10) : isoDay(entered.birthDate);
    if (day !== isoDay(parsed.birthDate)) {
      messages.push(`出生日期与身份证号不一致（身份证号为${isoDay(parsed.birthDate)}，填写为${day}）`);
    }
  }
  if (entered.gender && entered.gender !== parsed.gender) {
    messages.push(
      `性别与身份证号不一致（身份证号为${GENDER_LABEL[parsed.gender]}，填写为${GENDER_LABEL[entered.gender]}）`,
    );
  }
  return messages;
}

const MASK = "********";

/**
 * Whether a 身份证号 as read from a file is a masked one (110105********002X, as our exports
 * write by default): digits and X around one run of asterisks (half- or full-width). Such a
 * number names nobody, so an import must say so rather than call it malformed.
 */
export function isMaskedIdNumber(input: string | null | undefined): boolean {
  const v = normalizeIdNumber((input ?? "").replace(/＊/g, "*"));
  return /^[\dX]{1,8}\*+[\dX]{1,8}$/.test(v) && v.length >= 15 && v.length <= 18;
}

/**
 * 110105********002X — the only form in which a number leaves the server unless revealed.
 * Tolerant of bad input: a value too short for the 6 + 4 rule (a typo, a truncated import)
 * keeps only a quarter of its characters at each end, so it never leaks mostly in full.
 */
export function maskIdNumber(plain: string | null | undefined): string {
  if (!plain) return "";
  const v = normalizeIdNumber(plain);
  if (v.length >= 15) return v.slice(0, 6) + MASK + v.slice(-4);
  const keep = Math.floor(v.length / 4);
  return v.slice(0, keep) + "*".repeat(v.length - 2 * keep) + v.slice(v.length - keep);
}
