import "server-only";
// The one way a nomination changes: a versioned update guarded by the stage the user saw, one
// NominationEvent, and the audit row as the last statement of the caller's transaction.
import type { Nomination, Prisma } from "@/lib/generated/prisma/client";
import type { NominationStage } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { conflictMessage } from "./load";

export interface NominationChange {
  patch: Prisma.NominationUncheckedUpdateManyInput;
  event: { toStage: NominationStage; data: Record<string, unknown>; note?: string | null };
  auditAction: string;
  /** extra objects created in the same transaction, named in the audit diff (e.g. the pool entry) */
  created?: Record<string, string>;
}

export async function commitNominationChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  before: Nomination,
  change: NominationChange,
): Promise<{ nomination: Nomination; eventId: string }> {
  // The WHERE re-checks stage and version under the row lock: of two concurrent clicks the
  // second finds nothing to update (PostgreSQL re-evaluates it after the first commits).
  const r = await tx.nomination.updateMany({
    where: { id: before.id, version: before.version, stage: before.stage },
    data: { ...change.patch, version: { increment: 1 } },
  });
  if (r.count !== 1) {
    const now = await tx.nomination.findUnique({ where: { id: before.id }, select: { stage: true } });
    throw new StaleVersionError("Nomination", before.id, before.version, conflictMessage(now ?? before, before.stage));
  }
  const event = await tx.nominationEvent.create({
    data: {
      nominationId: before.id,
      fromStage: before.stage,
      toStage: change.event.toStage,
      actorId: actor.userId,
      data: change.event.data as Prisma.InputJsonValue,
      note: change.event.note ?? null,
    },
  });
  const after = await tx.nomination.findUniqueOrThrow({ where: { id: before.id } });
  const diff: Record<string, unknown> = { ...auditDiff(before, after), eventId: event.id };
  if (change.created) diff.created = change.created;
  await writeAudit(tx, {
    ...auditBy(actor),
    action: change.auditAction,
    objectType: "Nomination",
    objectId: before.id,
    result: "SUCCESS",
    diff,
  });
  return { nomination: after, eventId: event.id };
}
