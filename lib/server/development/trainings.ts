import "server-only";
// Training events (培训). An event itself names no person; its attendees do. ORG roles see every
// event; a unit user sees the events their own cadres attended, with only those attendees.
import type { Prisma, TrainingKind } from "@/lib/generated/prisma/client";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import type { TrainingFields } from "@/lib/validation/development/training";
import { developmentCadreScope } from "./access";

export interface TrainingListFilter {
  year?: number;
  kind?: TrainingKind;
}

/** Events the actor may see: all for ORG and LEADER roles, those with a visible attendee for a unit. */
export function trainingScope(actor: Actor): Prisma.TrainingWhereInput {
  const cadre = developmentCadreScope(actor, "read");
  return actor.role === "UNIT" ? { attendances: { some: { cadre } } } : {};
}

export async function listTrainings(actor: Actor, filter: TrainingListFilter = {}) {
  const cadre = developmentCadreScope(actor, "read");
  const where: Prisma.TrainingWhereInput = { AND: [trainingScope(actor), { archivedAt: null }] };
  if (filter.year)
    (where.AND as Prisma.TrainingWhereInput[]).push({
      startDate: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) },
    });
  if (filter.kind) (where.AND as Prisma.TrainingWhereInput[]).push({ kind: filter.kind });
  const trainings = await prisma.training.findMany({ where, orderBy: [{ startDate: "desc" }, { id: "asc" }] });
  // Attendee and completion counts within the actor's scope, in one grouped query.
  const counts = await prisma.trainingAttendance.groupBy({
    by: ["trainingId", "completed"],
    where: { trainingId: { in: trainings.map((t) => t.id) }, cadre },
    _count: { _all: true },
  });
  const tally = new Map<string, { attendees: number; completed: number }>();
  for (const c of counts) {
    const t = tally.get(c.trainingId) ?? { attendees: 0, completed: 0 };
    t.attendees += c._count._all;
    if (c.completed) t.completed += c._count._all;
    tally.set(c.trainingId, t);
  }
  return trainings.map((t) => ({ ...t, ...(tally.get(t.id) ?? { attendees: 0, completed: 0 }) }));
}

/** One event with the attendees the actor may see. */
export async function getTraining(actor: Actor, id: string) {
  const cadre = developmentCadreScope(actor, "read");
  const training = await prisma.training.findFirst({
    where: { AND: [{ id }, trainingScope(actor)] },
    include: {
      attendances: {
        where: { cadre },
        include: {
          cadre: {
            select: {
              id: true,
              name: true,
              birthDate: true,
              rank: true,
              currentPostTitle: true,
              unit: { select: { name: true } },
            },
          },
        },
        orderBy: [{ cadre: { unit: { sortOrder: "asc" } } }, { cadre: { name: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!training) throw new NotFoundError("培训");
  return training;
}

export async function createTraining(actor: Actor, input: TrainingFields) {
  developmentCadreScope(actor, "manage");
  return prisma.$transaction(async (tx) => {
    const row = await tx.training.create({ data: input });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "training.create",
      objectType: "Training",
      objectId: row.id,
      result: "SUCCESS",
      diff: auditDiff(null, input),
    });
    return row;
  });
}

export async function updateTraining(actor: Actor, id: string, version: number, input: TrainingFields) {
  developmentCadreScope(actor, "manage");
  return prisma.$transaction(async (tx) => {
    const before = await tx.training.findFirst({ where: { id, archivedAt: null } });
    if (!before) throw new NotFoundError("培训");
    await updateVersioned(tx.training, "Training", id, version, input);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "training.update",
      objectType: "Training",
      objectId: id,
      result: "SUCCESS",
      diff: auditDiff(before, input),
    });
  });
}
