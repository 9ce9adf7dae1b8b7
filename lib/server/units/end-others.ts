import "server-only";
// 同时免去原职务: on 任职, the cadre's other appointments still running on the new start end on
// the day before it, each with its own audit row, in the 任职's transaction. How each one ended
// follows from the move: to a higher 职务层次 提拔 (PROMOTED), within the unit 轮岗/调整 (ROTATED),
// to another unit 调任 (TRANSFERRED).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentEndReason, Rank } from "@/lib/domain/enums";
import { rankOrder, unitNameOnForm } from "@/lib/cadres/current-post";
import { titleInUnit } from "@/lib/cadres/resume";
import { prisma } from "@/lib/server/db";
import { formatDate } from "@/lib/format/dates";
import { addDays } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { FieldError } from "@/lib/errors/field-errors";

export function endReasonFor(
  from: { rank: Rank; unitId: string },
  to: { rank: Rank; unitId: string },
): AppointmentEndReason {
  if (rankOrder(to.rank) > rankOrder(from.rank)) return "PROMOTED";
  return from.unitId === to.unitId ? "ROTATED" : "TRANSFERRED";
}

/** Ends the cadre's other running appointments on startDate − 1; returns their ids. */
export async function endOtherAppointments(
  tx: Prisma.TransactionClient,
  actor: Actor,
  cadreId: string,
  to: { id: string; rank: Rank; unitId: string },
  startDate: Date,
): Promise<string[]> {
  const endDate = addDays(startDate, -1);
  const running = await tx.appointment.findMany({
    where: { cadreId, postId: { not: to.id }, OR: [{ endDate: null }, { endDate: { gte: startDate } }] },
    select: { id: true, startDate: true, endDate: true, post: { select: { title: true, rank: true, unitId: true } } },
    orderBy: { startDate: "asc" },
  });
  for (const a of running) {
    if (a.startDate.getTime() > endDate.getTime())
      throw new FieldError(
        "endOthers",
        `原职务“${a.post.title}”自${formatDate(a.startDate)}起任职，不能在${formatDate(endDate)}免去，请调整任职时间或先处理该记录`,
      );
    const data = { endDate, endReason: endReasonFor(a.post, to) };
    await tx.appointment.update({ where: { id: a.id }, data: { ...data, version: { increment: 1 } } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "appointment.end",
      objectType: "Appointment",
      objectId: a.id,
      result: "SUCCESS",
      diff: { ...auditDiff({ endDate: a.endDate, endReason: null }, data), cadreId, with: "appointment.create" },
    });
  }
  return running.map((a) => a.id);
}

/** What 同时免去 would end, for the 任职 page (the cadre was read through the actor's scope). */
export async function runningAppointments(cadreId: string, on: Date, exceptPostId: string): Promise<string[]> {
  const rows = await prisma.appointment.findMany({
    where: { cadreId, postId: { not: exceptPostId }, OR: [{ endDate: null }, { endDate: { gte: on } }] },
    select: { post: { select: { title: true, unit: { select: { name: true, shortName: true, type: true } } } } },
    orderBy: { startDate: "asc" },
  });
  return rows.map((r) => titleInUnit(unitNameOnForm(r.post.unit), r.post.title));
}
