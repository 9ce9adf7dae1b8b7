// The working-day calendar in force: the shipped official arrangements with the organization
// department's own corrections on top (a correction replaces whatever the shipped data says
// for that date). Pure: the server passes the stored corrections in.
import type { WorkingDayCalendar } from "@/lib/rules";
import { OFFICIAL_CALENDAR, type OfficialYear } from "./official-calendar";

export interface CalendarOverride {
  /** YYYY-MM-DD */
  date: string;
  isWorkingDay: boolean;
  name: string | null;
}

export interface CalendarDay {
  date: string;
  isWorkingDay: boolean;
  name: string;
  origin: "official" | "local";
}

/** A stored WorkingDayOverride row as a correction (the server's reads and the demo seed share it). */
export function overrideOfRow(r: { date: Date; isWorkingDay: boolean; name: string | null }): CalendarOverride {
  return { date: r.date.toISOString().slice(0, 10), isWorkingDay: r.isWorkingDay, name: r.name };
}

/** Every listed day (official and local), later entries replacing earlier ones per date. */
export function listedDays(
  overrides: readonly CalendarOverride[],
  official: readonly OfficialYear[] = OFFICIAL_CALENDAR,
): Map<string, CalendarDay> {
  const days = new Map<string, CalendarDay>();
  for (const y of official) {
    for (const h of y.holidays) {
      for (const d of h.restDays) days.set(d, { date: d, isWorkingDay: false, name: h.name, origin: "official" });
      for (const d of h.workdays)
        days.set(d, { date: d, isWorkingDay: true, name: `${h.name}调休上班`, origin: "official" });
    }
  }
  for (const o of overrides) {
    days.set(o.date, {
      date: o.date,
      isWorkingDay: o.isWorkingDay,
      name: o.name ?? (o.isWorkingDay ? "调休上班" : "放假"),
      origin: "local",
    });
  }
  return days;
}

/** The calendar in force for the given corrections: what the 公示 step and the seed count with. */
export function calendarWith(overrides: readonly CalendarOverride[]): WorkingDayCalendar {
  return toWorkingDayCalendar(listedDays(overrides));
}

/** The rules engine's calendar (publicityEnd, isWorkingDay). */
export function toWorkingDayCalendar(days: Map<string, CalendarDay>): WorkingDayCalendar {
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (const d of days.values()) (d.isWorkingDay ? workdays : holidays).push(d.date);
  return { holidays: holidays.sort(), workdays: workdays.sort() };
}
