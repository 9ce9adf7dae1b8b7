import "server-only";
// The working-day calendar for 任前公示 (NAT-PUBLICITY): weekends are rest days; the shipped
// official arrangements (lib/calendar/official-calendar.ts: 国庆, 春节 … and their 调休) with the
// organization department's corrections from the WorkingDayOverride table on top — the same
// calendar the settings page shows and getWorkingDayCalendar gives. Takes a transaction so the
// step that computes a period reads the corrections it commits with.
import { listedDays, toWorkingDayCalendar } from "@/lib/calendar/merge-calendar";
import { isoDay } from "@/lib/format/dates";
import type { WorkingDayCalendar } from "@/lib/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/server/db";

type Db = Pick<Prisma.TransactionClient, "workingDayOverride">;

export async function loadWorkingDayCalendar(db: Db = prisma): Promise<WorkingDayCalendar> {
  // A few dozen rows a year: read them all rather than guess the window a period may span.
  const rows = await db.workingDayOverride.findMany({ select: { date: true, isWorkingDay: true, name: true } });
  return toWorkingDayCalendar(
    listedDays(rows.map((r) => ({ date: isoDay(r.date), isWorkingDay: r.isWorkingDay, name: r.name }))),
  );
}
