import "server-only";
// Saving the 任免审批表's second half by hand (the editor on the cadre's page): the cadre in the
// actor's update scope (else not found), one transaction, the form's version checked (the first
// save creates it; a form someone created meanwhile is a conflict too), audited with the diff.
import type { SaveResult } from "@/lib/cadres/conflict";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/user-facing";
import { toDay } from "@/lib/rules";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { cadreScope } from "@/lib/server/authz/scope";
import { describeConflict } from "@/lib/server/cadres/conflict";
import { lockCadre, StaleVersionError, updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { ApprovalFormData } from "@/lib/validation/approval-form";
import { APPROVAL_FORM_SELECT } from "./read";

export const APPROVAL_FORM_LABELS: Record<string, string> = {
  proposedPost: "拟任职务",
  proposedRemoval: "拟免职务",
  reason: "任免理由",
  reportingUnit: "呈报单位",
  reportedOn: "呈报日期",
  approvalOpinion: "审批机关意见",
  administrativeOpinion: "行政机关任免意见",
  preparedBy: "填表人",
  preparedOn: "填表时间",
  ageReferenceDate: "计算年龄时间",
};

/** The audit actions that change a form: the editor's save and the fill from a nomination. */
export const APPROVAL_FORM_ACTIONS = ["approvalForm.save", "approvalForm.fill"] as const;

const day = (s: string) => (s ? toDay(s) : null);

export async function saveApprovalForm(actor: Actor, input: ApprovalFormData): Promise<SaveResult> {
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: input.cadreId }, cadreScope(actor, "update")] },
    select: { id: true },
  });
  if (!cadre) throw new NotFoundError("干部");
  const data = {
    proposedPost: input.proposedPost || null,
    proposedRemoval: input.proposedRemoval || null,
    reason: input.reason || null,
    reportingUnit: input.reportingUnit || null,
    reportedOn: day(input.reportedOn),
    approvalOpinion: input.approvalOpinion || null,
    administrativeOpinion: input.administrativeOpinion || null,
    preparedBy: input.preparedBy || null,
    preparedOn: day(input.preparedOn),
    ageReferenceDate: day(input.ageReferenceDate),
  };
  try {
    return await prisma.$transaction(async (tx) => {
      // the cadre's lock serializes two first saves (and a fill from a nomination)
      await lockCadre(tx, input.cadreId);
      const before = await tx.approvalForm.findUnique({
        where: { cadreId: input.cadreId },
        select: APPROVAL_FORM_SELECT,
      });
      if ((before?.version ?? 0) !== input.version)
        throw new StaleVersionError("ApprovalForm", before?.id ?? input.cadreId, input.version);
      let id: string;
      if (before) {
        await updateVersioned(tx.approvalForm, "ApprovalForm", before.id, input.version, data);
        id = before.id;
      } else {
        id = (await tx.approvalForm.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true } })).id;
      }
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "approvalForm.save",
        objectType: "ApprovalForm",
        objectId: id,
        result: "SUCCESS",
        diff: { ...auditDiff(before, data), cadreId: input.cadreId },
      });
      return { ok: true as const, id, version: (before?.version ?? 0) + 1 };
    });
  } catch (e) {
    if (!(e instanceof StaleVersionError)) throw e;
    const now = await prisma.approvalForm.findUnique({
      where: { cadreId: input.cadreId },
      select: { id: true, version: true },
    });
    return {
      ok: false,
      conflict: await describeConflict({
        objectType: "ApprovalForm",
        objectId: now?.id ?? input.cadreId,
        actions: APPROVAL_FORM_ACTIONS,
        expectedVersion: input.version,
        currentVersion: now?.version ?? 0,
        labels: APPROVAL_FORM_LABELS,
      }),
    };
  }
}
