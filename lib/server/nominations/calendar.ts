import "server-only";
// The working-day calendar for 任前公示 (NAT-PUBLICITY): weekends are rest days; the
// WorkingDayOverride table lists public holidays (isWorkingDay false) and 调休 make-up working
// days (true). The settings area maintains that table; this module only reads it.
import type { WorkingDayCalendar } from "@/lib/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/server/db";

type Db = Pick<Prisma.TransactionClient, "workingDayOverride">;

export async function loadWorkingDayCalendar(db: Db = prisma): Promise<WorkingDayCalendar> {
  // A few dozen rows a year: read them all rather than guess the window a period may span.
  const rows = await db.workingDayOverride.findMany({ select: { date: true, isWorkingDay: true } });
  return {
    holidays: rows.filter((r) => !r.isWorkingDay).map((r) => r.date),
    workdays: rows.filter((r) => r.isWorkingDay).map((r) => r.date),
  };
}
