// Working days for 任前公示 (NAT-PUBLICITY): weekends are rest days, except make-up working
// days (调休); listed public holidays are rest days. The calendar is data, so each year's
// official arrangement can be loaded and edited.
import type { Check } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { ruleCheck } from "../util/check";
import { addDays, dayNumber, formatDateLong, toDay } from "../util/dates";

export interface WorkingDayCalendar {
  /** public holidays (rest days even on weekdays) */
  holidays?: readonly (Date | string)[];
  /** 调休: weekend days that are working days */
  workdays?: readonly (Date | string)[];
  /** rest days of the week, 0 = Sunday; defaults to Saturday and Sunday */
  weekend?: readonly number[];
}

interface Compiled {
  holidays: Set<number>;
  workdays: Set<number>;
  weekend: Set<number>;
}

const cache = new WeakMap<WorkingDayCalendar, Compiled>();

function compile(cal: WorkingDayCalendar): Compiled {
  let c = cache.get(cal);
  if (!c) {
    c = {
      holidays: new Set((cal.holidays ?? []).map((d) => dayNumber(toDay(d)))),
      workdays: new Set((cal.workdays ?? []).map((d) => dayNumber(toDay(d)))),
      weekend: new Set(cal.weekend ?? [0, 6]),
    };
    cache.set(cal, c);
  }
  return c;
}

export function isWorkingDay(date: Date, calendar: WorkingDayCalendar = {}): boolean {
  const c = compile(calendar);
  const n = dayNumber(date);
  if (c.workdays.has(n)) return true;
  if (c.holidays.has(n)) return false;
  return !c.weekend.has(date.getUTCDay());
}

/**
 * Last day of a publicity period of `workingDays` working days starting on `start` (the start
 * counts when it is a working day): a Monday start with 5 days ends that Friday.
 */
export function publicityEnd(start: Date, workingDays: number, calendar: WorkingDayCalendar = {}): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new Error(`工作日数应为正整数：${workingDays}`);
  let d = toDay(start);
  // An invalid date would otherwise count NaN days as working days and return Invalid Date.
  if (Number.isNaN(d.getTime())) throw new Error("公示开始日期无效");
  let counted = 0;
  for (let guard = 0; guard < 3660; guard++, d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar) && ++counted === workingDays) return d;
  }
  throw new Error("工作日历中十年内没有足够的工作日");
}

/** NAT-PUBLICITY asks for at least five working days whatever a profile says. */
export const MIN_PUBLICITY_WORKING_DAYS = 5;

/** The working days a 公示 lasts under the profile (never fewer than the regulation's five). */
export function publicityWorkingDays(profile: ResolvedProfile): number {
  return Math.max(MIN_PUBLICITY_WORKING_DAYS, profile.params.nat.publicityWorkingDays);
}

/**
 * The end the system gives a 公示 starting on `start`: the 公示 step stores it, and the demo
 * seed plants it, so no seeded period ends on a day the app itself would not give.
 */
export function profilePublicityEnd(start: Date, profile: ResolvedProfile, calendar: WorkingDayCalendar = {}): Date {
  return publicityEnd(start, publicityWorkingDays(profile), calendar);
}

/** Working days from start to end, both included. */
export function workingDaysBetween(start: Date, end: Date, calendar: WorkingDayCalendar = {}): number {
  let n = 0;
  for (let d = toDay(start); d.getTime() <= end.getTime(); d = addDays(d, 1)) if (isWorkingDay(d, calendar)) n++;
  return n;
}

/** NAT-PUBLICITY: does a period from start to end last at least the profile's working days? */
export function publicityCheck(
  start: Date,
  end: Date,
  profile: ResolvedProfile,
  calendar: WorkingDayCalendar = {},
): Check {
  const need = profile.params.nat.publicityWorkingDays;
  const have = workingDaysBetween(start, end, calendar);
  const earliest = publicityEnd(start, need, calendar);
  return ruleCheck(
    profile,
    "NAT-PUBLICITY",
    have >= need,
    `任前公示期不少于${need}个工作日：${formatDateLong(start)}至${formatDateLong(end)}共${have}个工作日，最早可于${formatDateLong(earliest)}期满`,
    { required: need, workingDays: have, earliestEnd: earliest.toISOString().slice(0, 10) },
  );
}
