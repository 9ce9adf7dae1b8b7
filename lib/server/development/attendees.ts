import "server-only";
// Attendees of a training: added in bulk from the picker, completion and result per person.
//
// Bulk add is ONE transaction: every selected cadre must be visible to the actor (else nothing
// is added), cadres already enrolled are skipped and reported, and each new attendance gets
// its OWN audit row (objectType TrainingAttendance, diff naming the training and the cadre), so
// an auditor looking up one person or one attendance record finds it; the rows are written
// after the inserts, at the end of the same transaction, and roll back with them.
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { todayInChina } from "@/lib/format/dates";
import { developmentCadreScope } from "./access";

export interface AddAttendeesResult {
  added: number;
  /** names of the selected cadres who were already enrolled */
  alreadyEnrolled: string[];
}

export async function addAttendees(
  actor: Actor,
  trainingId: string,
  cadreIds: readonly string[],
): Promise<AddAttendeesResult> {
  const scope = developmentCadreScope(actor, "manage");
  return prisma.$transaction(async (tx) => {
    const training = await tx.training.findFirst({
      where: { id: trainingId, archivedAt: null },
      select: { id: true, name: true },
    });
    if (!training) throw new NotFoundError("培训");
    const cadres = await tx.cadre.findMany({
      where: { AND: [{ id: { in: [...cadreIds] } }, scope] },
      select: { id: true, name: true },
    });
    if (cadres.length !== new Set(cadreIds).size) throw new NotFoundError("所选干部");
    const existing = await tx.trainingAttendance.findMany({
      where: { trainingId, cadreId: { in: [...cadreIds] } },
      select: { cadreId: true },
    });
    const enrolled = new Set(existing.map((e) => e.cadreId));
    const fresh = cadres.filter((c) => !enrolled.has(c.id));
    const rows = await tx.trainingAttendance.createManyAndReturn({
      data: fresh.map((c) => ({ trainingId, cadreId: c.id })),
      select: { id: true, cadreId: true },
    });
    const nameOf = new Map(cadres.map((c) => [c.id, c.name]));
    for (const r of rows) {
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "training.attendee.add",
        objectType: "TrainingAttendance",
        objectId: r.id,
        result: "SUCCESS",
        diff: auditDiff(
          null,
          { trainingId, trainingName: training.name, cadreId: r.cadreId, cadreName: nameOf.get(r.cadreId) },
          { mask: ["cadreName"] },
        ),
      });
    }
    return { added: rows.length, alreadyEnrolled: cadres.filter((c) => enrolled.has(c.id)).map((c) => c.name) };
  });
}

/** Completion can only be recorded once the training has ended. */
function assertEnded(endDate: Date, completed: boolean) {
  if (completed && endDate.getTime() > todayInChina().getTime()) {
    throw new UserFacingError("培训尚未结束，不能登记结业");
  }
}

async function scopedAttendance(actor: Actor, id: string) {
  const scope = developmentCadreScope(actor, "manage");
  const row = await prisma.trainingAttendance.findFirst({
    where: { id, cadre: scope, training: { archivedAt: null } },
    include: { training: { select: { endDate: true } } },
  });
  if (!row) throw new NotFoundError("参训记录");
  return row;
}

export async function updateAttendance(
  actor: Actor,
  input: { id: string; version: number; completed: boolean; result: string | null },
) {
  const before = await scopedAttendance(actor, input.id);
  assertEnded(before.training.endDate, input.completed);
  const data = { completed: input.completed, result: input.result };
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.trainingAttendance, "TrainingAttendance", input.id, input.version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "training.attendee.update",
      objectType: "TrainingAttendance",
      objectId: input.id,
      result: "SUCCESS",
      diff: auditDiff(before, data),
    });
  });
}

/**
 * Marks several attendees completed (or not) in one transaction. Each carries the version the
 * user saw: if any changed meanwhile, nothing is saved. One audit row per attendance changed.
 */
export async function setCompletion(
  actor: Actor,
  input: { trainingId: string; items: { id: string; version: number }[]; completed: boolean; result: string | null },
) {
  const scope = developmentCadreScope(actor, "manage");
  const training = await prisma.training.findFirst({
    where: { id: input.trainingId, archivedAt: null },
    select: { endDate: true },
  });
  if (!training) throw new NotFoundError("培训");
  assertEnded(training.endDate, input.completed);
  const ids = input.items.map((i) => i.id);
  const before = await prisma.trainingAttendance.findMany({
    where: { id: { in: ids }, trainingId: input.trainingId, cadre: scope },
  });
  if (before.length !== new Set(ids).size) throw new NotFoundError("参训记录");
  const byId = new Map(before.map((b) => [b.id, b]));
  const data = { completed: input.completed, ...(input.result !== null ? { result: input.result } : {}) };
  await prisma.$transaction(async (tx) => {
    for (const item of input.items)
      await updateVersioned(tx.trainingAttendance, "TrainingAttendance", item.id, item.version, data);
    for (const item of input.items) {
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "training.attendee.update",
        objectType: "TrainingAttendance",
        objectId: item.id,
        result: "SUCCESS",
        diff: auditDiff(byId.get(item.id), data),
      });
    }
  });
  return { updated: input.items.length };
}
