import "server-only";
// Return for revision, reject (不予通过) or withdraw (撤回), at any open step, with a reason.
// Returning keeps the stage and hands the nomination back to the unit with the comment;
// rejecting and withdrawing close it. Nothing is deleted.
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { canAdvance } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import type { CloseInput } from "@/lib/validation/nominations";
import { commitNominationChange } from "./commit";
import { isOpen, loadForChange } from "./load";

const TERMINAL: Record<"REJECT" | "WITHDRAW", NominationStage> = { REJECT: "REJECTED", WITHDRAW: "WITHDRAWN" };

export async function closeNomination(actor: Actor, input: CloseInput) {
  const { profile } = await getActiveProfile();
  return prisma.$transaction(async (tx) => {
    const n = await loadForChange(tx, actor, input.id, "transition", { version: input.version, stage: input.from });
    if (!isOpen(n.stage)) throw new UserFacingError("该推荐已办结，不能再退回、不予通过或撤回");
    if (input.kind === "RETURN") {
      if (n.returnedComment) throw new UserFacingError("该推荐已退回单位修改，尚未重新报送");
      return commitNominationChange(tx, actor, n, {
        patch: { returnedComment: input.reason },
        event: { toStage: n.stage, data: { kind: "RETURNED", comment: input.reason } },
        auditAction: "nomination.return",
      });
    }
    const to = TERMINAL[input.kind];
    const allowed = canAdvance(n.stage, to, profile);
    if (!allowed.ok) throw new UserFacingError(`${allowed.message}（${allowed.ruleId}）`);
    return commitNominationChange(tx, actor, n, {
      patch: { stage: to, closedAt: new Date() },
      event: { toStage: to, data: { reason: input.reason } },
      auditAction: input.kind === "REJECT" ? "nomination.reject" : "nomination.withdraw",
    });
  });
}
