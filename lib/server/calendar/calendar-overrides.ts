import "server-only";
// The organization administrator's corrections to the working-day calendar: a public holiday
// or a make-up working day on a date (replacing the shipped arrangement for that date), and
// their removal (the shipped arrangement applies again). Each change is audited.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarOverrideInput, RemoveOverrideInput } from "@/lib/validation/calendar";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import { FieldError } from "@/lib/errors/field-errors";

const kind = (w: boolean) => (w ? "调休上班" : "放假");

function datesOf(input: CalendarOverrideInput): Date[] {
  const first = Date.parse(`${input.date}T00:00:00Z`);
  const last = input.endDate ? Date.parse(`${input.endDate}T00:00:00Z`) : first;
  const out: Date[] = [];
  for (let t = first; t <= last; t += 86_400_000) out.push(new Date(t));
  return out;
}

/** One date, or every date of a range (a whole holiday), as one audited change. */
export async function addCalendarOverride(actor: Actor, input: CalendarOverrideInput): Promise<{ ids: string[] }> {
  assertCan(actor, "settings", "manage");
  const dates = datesOf(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const ids: string[] = [];
      for (const date of dates) {
        ids.push(
          (
            await tx.workingDayOverride.create({
              data: { date, isWorkingDay: input.isWorkingDay, name: input.name || null },
            })
          ).id,
        );
      }
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "calendar.addOverride",
        objectType: "WorkingDayOverride",
        objectId: ids.join(",").slice(0, 128),
        result: "SUCCESS",
        diff: {
          dates: { from: null, to: dates.map((d) => d.toISOString().slice(0, 10)) },
          kind: { from: null, to: kind(input.isWorkingDay) },
          name: { from: null, to: input.name || null },
        },
      });
      return { ids };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new FieldError(
        "date",
        dates.length > 1 ? "所选日期中已有本地调整，请先删除原调整" : "该日期已有本地调整，请先删除原调整",
      );
    }
    throw e;
  }
}

export async function removeCalendarOverride(actor: Actor, input: RemoveOverrideInput): Promise<void> {
  assertCan(actor, "settings", "manage");
  await prisma.$transaction(async (tx) => {
    const row = await tx.workingDayOverride.findUnique({ where: { id: input.id } });
    if (!row) throw new NotFoundError("日历调整");
    const r = await tx.workingDayOverride.deleteMany({ where: { id: input.id, version: input.version } });
    if (r.count !== 1) throw new StaleVersionError("WorkingDayOverride", input.id, input.version);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "calendar.removeOverride",
      objectType: "WorkingDayOverride",
      objectId: row.id,
      result: "SUCCESS",
      diff: {
        date: { from: row.date.toISOString().slice(0, 10), to: null },
        kind: { from: kind(row.isWorkingDay), to: null },
        name: { from: row.name, to: null },
      },
    });
  });
}
