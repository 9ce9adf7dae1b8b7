import "server-only";
// Moves a nomination to the next step of the procedure (ZZ15-PROCESS, strictly in order). One
// transaction: read at the stage and version the user saw, the step's checks, the versioned
// update, the event and the audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { canAdvance } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { fillApprovalFormFromNomination } from "@/lib/server/approval-forms";
import { UserFacingError } from "@/lib/errors/user-facing";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import type { AdvanceInput } from "@/lib/validation/nominations";
import { loadWorkingDayCalendar } from "./calendar";
import { todayOf, type ClockOptions } from "./clock";
import { commitNominationChange } from "./commit";
import { loadForChange } from "./load";
import { STEP_GUARDS, type StepContext, type StepOutcome } from "./step-guards";

export const RETURNED_MESSAGE = "该推荐已退回单位修改，待单位重新报送后方可继续办理";

/** `opts.tx`: run inside the caller's transaction (a meeting's result moves its nominations at once). */
export async function advanceNomination(
  actor: Actor,
  input: AdvanceInput,
  opts: ClockOptions & { tx?: Prisma.TransactionClient } = {},
) {
  const today = todayOf(opts);
  const [{ profile }, calendar] = await Promise.all([getActiveProfile(), loadWorkingDayCalendar()]);
  const run = async (tx: Prisma.TransactionClient) => {
    const n = await loadForChange(tx, actor, input.id, "transition", { version: input.version, stage: input.from });
    const allowed = canAdvance(n.stage, input.to, profile);
    if (!allowed.ok) throw new UserFacingError(`${allowed.message}（${allowed.ruleId}）`);
    if (n.returnedComment) throw new UserFacingError(RETURNED_MESSAGE);
    // Each guard is typed for its own step; the discriminated input picks the matching one.
    const guard = STEP_GUARDS[input.to] as (ctx: StepContext) => Promise<StepOutcome>;
    const outcome = await guard({ tx, actor, n, input, profile, calendar, today });
    const committed = await commitNominationChange(tx, actor, n, {
      patch: { ...outcome.patch, stage: input.to },
      event: { toStage: input.to, data: outcome.data },
      auditAction: `nomination.advance.${input.to.toLowerCase()}`,
      created: outcome.created,
    });
    // 讨论决定 produces the cadre's 任免审批表 (拟任/拟免/任免理由/呈报单位 from the nomination)
    if (input.to === "DECIDED") await fillApprovalFormFromNomination(tx, actor, n.id);
    return committed;
  };
  return opts.tx ? run(opts.tx) : prisma.$transaction(run);
}
