import "server-only";
// The one way a nomination comes into being at 动议 (PROPOSED): the row, its first event with
// the checks run for it, and the audit row, in the caller's transaction. Used by a unit's
// submission (submit.ts) and by the organization department's 模拟调配 plans turned into 动议
// (lib/server/staffing-plans/convert.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { lockCadre } from "@/lib/server/concurrency";
import { FieldError } from "@/lib/errors/field-errors";
import type { NomineeCheck } from "@/lib/nominations/types";
import { checkSummary } from "./check-nominee";
import { OPEN_STAGES } from "./load";

type Tx = Prisma.TransactionClient;

/** Serialises nominations of one cadre and refuses a second open one. */
export async function assertNoOpenNomination(tx: Tx, cadreId: string, exceptId?: string, field = "cadreId") {
  await lockCadre(tx, cadreId);
  const open = await tx.nomination.findFirst({
    where: { cadreId, stage: { in: OPEN_STAGES }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (open) throw new FieldError(field, "该同志已有办理中的推荐，不能重复推荐");
}

export async function createProposedNomination(
  tx: Tx,
  actor: Actor,
  input: {
    data: Omit<Prisma.NominationUncheckedCreateInput, "stage" | "submittedById">;
    /** the first event's data: kind SUBMITTED (a unit) or PLANNED (a plan), and what was recorded */
    event: Record<string, unknown> & { kind: "SUBMITTED" | "PLANNED" };
    check: NomineeCheck;
    /** added to the audit row's diff */
    audit?: Record<string, unknown>;
  },
) {
  const n = await tx.nomination.create({ data: { ...input.data, stage: "PROPOSED", submittedById: actor.userId } });
  await tx.nominationEvent.create({
    data: {
      nominationId: n.id,
      fromStage: null,
      toStage: "PROPOSED",
      actorId: actor.userId,
      data: { ...input.event, checks: checkSummary(input.check) } as Prisma.InputJsonValue,
    },
  });
  await writeAudit(tx, {
    ...auditBy(actor),
    action: "nomination.create",
    objectType: "Nomination",
    objectId: n.id,
    result: "SUCCESS",
    diff: {
      cadreId: n.cadreId,
      tier: n.tier,
      stage: n.stage,
      overrideReason: n.overrideReason,
      warnings: input.check.warnings,
      ...input.audit,
    },
  });
  return n;
}
