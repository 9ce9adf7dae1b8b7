import "server-only";
// The nomination's 拟任职务, 拟免职务 and 任免理由 (what its 任免审批表 will say), set by the
// organization department from 酝酿 on (the nomination at 考察 or later, still open). A versioned
// update without a step (no event: the procedure did not move), audited; at 讨论决定 or later the
// cadre's form is filled again in the same transaction, so form and nomination agree.
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { fillApprovalFormFromNomination, FILLING_STAGES } from "@/lib/server/approval-forms";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { NominationStage } from "@/lib/generated/prisma/enums";
import type { z } from "zod";
import type { nominationProposalSchema } from "@/lib/validation/approval-form";
import { conflictMessage, findNominationInScope } from "./load";

/** From 酝酿 on: the stage before it (考察 done) and the open stages after it. */
export const PROPOSAL_STAGES: readonly NominationStage[] = ["INVESTIGATED", "DELIBERATED", "DECIDED", "PUBLICIZED"];

export async function saveNominationProposal(actor: Actor, input: z.output<typeof nominationProposalSchema>) {
  return prisma.$transaction(async (tx) => {
    const n = await findNominationInScope(tx, actor, input.id, "transition");
    if (n.version !== input.version) throw new StaleVersionError("Nomination", n.id, input.version, conflictMessage(n));
    if (!PROPOSAL_STAGES.includes(n.stage) || n.closedAt)
      throw new UserFacingError("考察完成后、任职前方可填写拟任职务、拟免职务和任免理由");
    const data = {
      proposedPost: input.proposedPost || null,
      proposedRemoval: input.proposedRemoval || null,
      appointmentReason: input.appointmentReason || null,
    };
    const r = await tx.nomination.updateMany({
      where: { id: n.id, version: n.version, stage: n.stage },
      data: { ...data, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new StaleVersionError("Nomination", n.id, input.version, conflictMessage(n));
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "nomination.proposal.save",
      objectType: "Nomination",
      objectId: n.id,
      result: "SUCCESS",
      diff: auditDiff(n, data),
    });
    if ((FILLING_STAGES as readonly string[]).includes(n.stage)) await fillApprovalFormFromNomination(tx, actor, n.id);
    return { ok: true as const, version: n.version + 1 };
  });
}
