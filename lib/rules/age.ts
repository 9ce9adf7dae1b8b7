// 周岁 (full years) on a reference date. A person born 1986-07-01 is 39 on 2026-06-30 and 40
// on 2026-07-01: the birthday itself completes the year.
//
// 29 February births: in a non-leap year the birthday is taken to be 1 March, i.e. the year
// completes only once 28 February has fully passed. This is the conservative choice (a person
// is never counted older than they are) and matches how the 身份证 birth date is read when the
// date does not exist in the year.
import { isLeapYear } from "./util/dates";

function birthdayInYear(birth: Date, year: number): { month: number; date: number } {
  const month = birth.getUTCMonth();
  const date = birth.getUTCDate();
  if (month === 1 && date === 29 && !isLeapYear(year)) return { month: 2, date: 1 };
  return { month, date };
}

/** yyyymmdd as a number (month 0-based; only differences matter). */
export function dayKey(d: Date): number {
  return d.getUTCFullYear() * 10000 + d.getUTCMonth() * 100 + d.getUTCDate();
}

export function ageOn(birthDate: Date, asOf: Date): number {
  // Comparing yyyymmdd numbers: the year completes when asOf's month-day reaches the birth
  // month-day. For a 29 February birth in a non-leap year that first happens on 1 March
  // (0301 ≥ 0229 while 0228 < 0229), which is exactly the reading documented above.
  return Math.floor((dayKey(asOf) - dayKey(birthDate)) / 10000);
}

/** ageOn with precomputed day keys, for loops over many cadres on the same asOf. */
export function ageFromKeys(birthKey: number, asOfKey: number): number {
  return Math.floor((asOfKey - birthKey) / 10000);
}

/** The date on which a person reaches `age` full years (their birthday that year). */
export function dateTurning(birthDate: Date, age: number): Date {
  const year = birthDate.getUTCFullYear() + age;
  const bd = birthdayInYear(birthDate, year);
  return new Date(Date.UTC(year, bd.month, bd.date));
}

/** The first day on which the person is older than `maxAge` (fails "不超过maxAge岁"). */
export function dateExceeding(birthDate: Date, maxAge: number): Date {
  return dateTurning(birthDate, maxAge + 1);
}
