import "server-only";
// A nomination at 讨论决定 (DECIDED) or later fills its cadre's 任免审批表: 拟任/拟免职务 and
// 任免理由 from the nomination, 呈报单位 = the nominating unit's name, 呈报日期 = the date of
// the decision (the 讨论决定 step's meeting date), and the link to the nomination. The opinions
// and 填表人 stay as typed. Runs inside the caller's transaction (the stage advance, or a save
// of the nomination's proposal after 讨论决定), audited as approvalForm.fill.
//
// A nomination here is a nomination into the pool (任职 of the procedure = 入库, appoint.ts); when
// no 拟任职务 was typed, the form says what was decided in the wording the app uses for it
// elsewhere (「优秀年轻干部库名册（副处级）」, 「列入副处级」): 「列入优秀年轻干部库（副处级）」.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { poolTierLabel } from "@/lib/labels";
import { stepData } from "@/lib/nominations/events";
import { toDay } from "@/lib/rules";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { nominationScope } from "@/lib/server/authz/scope";
import { lockCadre } from "@/lib/server/concurrency";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import type { PoolTier } from "@/lib/domain/enums";
import { APPROVAL_FORM_SELECT } from "./read";

export const FILLING_STAGES = ["DECIDED", "PUBLICIZED", "APPOINTED"] as const;

export function poolProposedPost(tier: PoolTier): string {
  return `列入优秀年轻干部库（${poolTierLabel[tier]}）`;
}

export async function fillApprovalFormFromNomination(
  tx: Prisma.TransactionClient,
  actor: Actor,
  nominationId: string,
): Promise<{ id: string; version: number }> {
  const n = await tx.nomination.findFirst({
    where: { AND: [{ id: nominationId }, nominationScope(actor, "read")] },
    include: { unit: { select: { name: true } }, events: { orderBy: { occurredAt: "asc" } } },
  });
  if (!n) throw new NotFoundError("推荐");
  if (!(FILLING_STAGES as readonly string[]).includes(n.stage))
    throw new UserFacingError("推荐尚未经讨论决定，不能据此填写任免审批表");
  const meeting = stepData(n.events, "DECIDED")?.meetingDate;
  const data = {
    nominationId: n.id,
    proposedPost: n.proposedPost || poolProposedPost(n.tier),
    proposedRemoval: n.proposedRemoval || null,
    reason: n.appointmentReason || null,
    reportingUnit: n.unit.name,
    reportedOn: typeof meeting === "string" ? toDay(meeting) : null,
  };
  await lockCadre(tx, n.cadreId);
  const before = await tx.approvalForm.findUnique({ where: { cadreId: n.cadreId }, select: APPROVAL_FORM_SELECT });
  const after = before
    ? await tx.approvalForm.update({
        where: { id: before.id },
        data: { ...data, version: { increment: 1 } },
        select: { id: true, version: true },
      })
    : await tx.approvalForm.create({ data: { ...data, cadreId: n.cadreId }, select: { id: true, version: true } });
  await writeAudit(tx, {
    ...auditBy(actor),
    action: "approvalForm.fill",
    objectType: "ApprovalForm",
    objectId: after.id,
    result: "SUCCESS",
    diff: { ...auditDiff(before, data), cadreId: n.cadreId },
  });
  return after;
}
