import "server-only";
// The working-day calendar other features use (publicity periods: publicityEnd): the shipped
// official arrangements with the organization department's corrections on top. Read once per
// request. No actor: the calendar is not personal data.
import { cache } from "react";
import {
  listedDays,
  overrideOfRow,
  toWorkingDayCalendar,
  type CalendarDay,
  type CalendarOverride,
} from "@/lib/calendar/merge-calendar";
import type { WorkingDayCalendar } from "@/lib/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/server/db";

type Db = Pick<Prisma.TransactionClient, "workingDayOverride">;

/** The local corrections; `db` may be a transaction (the 公示 step reads them inside its own). */
export async function loadCalendarOverrides(
  db: Db = prisma,
): Promise<(CalendarOverride & { id: string; version: number })[]> {
  const rows = await db.workingDayOverride.findMany({ orderBy: { date: "asc" } });
  return rows.map((r) => ({ id: r.id, version: r.version, ...overrideOfRow(r) }));
}

/** Every listed day by date (official and local corrections), for the settings page. */
export const getCalendarDays = cache(async (): Promise<Map<string, CalendarDay>> =>
  listedDays(await loadCalendarOverrides()),
);

export async function getWorkingDayCalendar(): Promise<WorkingDayCalendar> {
  return toWorkingDayCalendar(await getCalendarDays());
}
