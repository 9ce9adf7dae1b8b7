import "server-only";
// A unit party committee submits a nomination (动议), or sends one back after the organization
// department returned it for revision. The server re-runs every check the form showed: a hard
// failure cannot be submitted, warnings need a recorded reason.
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDay } from "@/lib/rules";
import { formatDateLong } from "@/lib/format/dates";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope, nominationScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { ForbiddenError, UserFacingError } from "@/lib/errors/user-facing";
import type { NominationResubmission, NominationSubmission } from "@/lib/validation/nominations";
import { poolTierLabel } from "@/lib/labels";
import type { NomineeCheck } from "@/lib/nominations/types";
import { withheldFor } from "@/lib/server/authz/labels";
import { checkNominee, checkSummary, describeFailures } from "./check-nominee";
import { todayOf, type ClockOptions } from "./clock";
import { commitNominationChange } from "./commit";
import { FieldError } from "@/lib/errors/field-errors";
import { loadForChange, OPEN_STAGES } from "./load";
import { assertActiveTier } from "@/lib/server/pool/enter";
import { assertNoOpenNomination, createProposedNomination } from "./create-proposed";

type Fields = Omit<NominationSubmission, "cadreId">;

/** The checks and field rules shared by a first submission and a resubmission. */
async function vet(
  actor: Actor,
  cadreId: string,
  input: Fields,
  today: Date,
): Promise<{ check: NomineeCheck; recommendedOn: Date }> {
  await assertActiveTier(input.tier);
  const recommendedOn = toDay(input.recommendedOn);
  if (recommendedOn.getTime() > today.getTime())
    throw new FieldError("recommendedOn", `推荐日期不能晚于今天（${formatDateLong(today)}）`);
  const check = await checkNominee(cadreId, input.tier, today, { recommendedOn });
  if (!check.eligible)
    throw new UserFacingError(`资格审查未通过，不能报送：${describeFailures(check, "hard", withheldFor(actor))}`);
  if (check.warnings > 0 && !input.overrideReason) {
    throw new FieldError("overrideReason", `资格审查有${check.warnings}项提示，请说明仍予推荐的理由（记录在案）`);
  }
  return { check, recommendedOn };
}

async function assertNoDuplicate(
  tx: Prisma.TransactionClient,
  cadreId: string,
  tier: NominationSubmission["tier"],
  exceptId?: string,
) {
  await assertNoOpenNomination(tx, cadreId, exceptId);
  const entry = await tx.poolEntry.findFirst({ where: { cadreId, tier, closedOn: null }, select: { id: true } });
  if (entry) throw new FieldError("tier", `该同志已在库（${poolTierLabel[tier]}），不能重复推荐`);
}

function recommendationData(input: Fields) {
  return {
    method: input.method,
    ballotsIssued: input.ballotsIssued,
    ballotsValid: input.ballotsValid,
    votesReceived: input.votesReceived,
    recommendedOn: input.recommendedOn,
  };
}

export async function submitNomination(
  actor: Actor,
  input: NominationSubmission,
  opts: ClockOptions = {},
): Promise<{ id: string }> {
  nominationScope(actor, "create");
  if (!actor.unitId) throw new ForbiddenError();
  const today = todayOf(opts);
  const cadre = await prisma.cadre.findFirst({
    where: {
      AND: [
        { id: input.cadreId },
        cadreScope(actor, "read"),
        { unitId: actor.unitId, archivedAt: null, status: { in: ["SERVING", "DRAFT"] } },
      ],
    },
    select: { id: true },
  });
  if (!cadre) throw new FieldError("cadreId", "未找到该干部，或不是本单位在职干部");
  const { check, recommendedOn } = await vet(actor, cadre.id, input, today);
  return prisma.$transaction(async (tx) => {
    await assertNoDuplicate(tx, cadre.id, input.tier);
    const n = await createProposedNomination(tx, actor, {
      data: {
        cadreId: cadre.id,
        unitId: actor.unitId!,
        tier: input.tier,
        domain: input.domain ?? null,
        method: input.method,
        ballotsIssued: input.ballotsIssued,
        ballotsValid: input.ballotsValid,
        votesReceived: input.votesReceived,
        recommendedOn,
        reasons: input.reasons,
        overrideReason: check.warnings > 0 ? input.overrideReason : null,
      },
      event: { kind: "SUBMITTED", ...recommendationData(input) },
      check,
    });
    return { id: n.id };
  });
}

/** Sends a returned nomination again, with the unit's corrections; the stage stays where it was. */
export async function resubmitNomination(
  actor: Actor,
  input: NominationResubmission,
  opts: ClockOptions = {},
): Promise<{ id: string }> {
  const today = todayOf(opts);
  const current = await prisma.$transaction((tx) =>
    loadForChange(tx, actor, input.id, "create", { version: input.version }),
  );
  if (!current.returnedComment || !OPEN_STAGES.includes(current.stage))
    throw new UserFacingError("该推荐未被退回修改，无需重新报送");
  const { check, recommendedOn } = await vet(actor, current.cadreId, input, today);
  return prisma.$transaction(async (tx) => {
    const n = await loadForChange(tx, actor, input.id, "create", { version: input.version });
    await assertNoDuplicate(tx, n.cadreId, input.tier, n.id);
    await commitNominationChange(tx, actor, n, {
      patch: {
        tier: input.tier,
        domain: input.domain ?? null,
        method: input.method,
        ballotsIssued: input.ballotsIssued,
        ballotsValid: input.ballotsValid,
        votesReceived: input.votesReceived,
        recommendedOn,
        reasons: input.reasons,
        overrideReason: check.warnings > 0 ? input.overrideReason : null,
        returnedComment: null,
      },
      event: {
        toStage: n.stage,
        data: { kind: "RESUBMITTED", ...recommendationData(input), checks: checkSummary(check) },
      },
      auditAction: "nomination.resubmit",
    });
    return { id: n.id };
  });
}
