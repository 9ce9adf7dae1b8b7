import "server-only";
// The working-day calendar for 任前公示 (NAT-PUBLICITY): the shipped official arrangements
// (国庆, 春节 … and their 调休) with the organization department's corrections on top — the
// calendar the settings page shows (lib/server/calendar/working-day-calendar.ts), read here
// through the caller's transaction so the step that computes a period reads what it commits with.
import { calendarWith } from "@/lib/calendar/merge-calendar";
import type { WorkingDayCalendar } from "@/lib/rules";
import { loadCalendarOverrides } from "@/lib/server/calendar/working-day-calendar";
import { prisma } from "@/lib/server/db";

export async function loadWorkingDayCalendar(
  db: Parameters<typeof loadCalendarOverrides>[0] = prisma,
): Promise<WorkingDayCalendar> {
  return calendarWith(await loadCalendarOverrides(db));
}
