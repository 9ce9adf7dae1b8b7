import "server-only";
// Reading the 任免审批表's second half (ApprovalForm) with the actor's scope: the cadre's scope
// is in the where, so another unit's cadre (or a recused one) has no form to read.
import type { ApprovalForm } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/authz/permissions";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export type ApprovalFormView = Pick<
  ApprovalForm,
  | "id"
  | "cadreId"
  | "nominationId"
  | "proposedPost"
  | "proposedRemoval"
  | "reason"
  | "reportingUnit"
  | "reportedOn"
  | "approvalOpinion"
  | "administrativeOpinion"
  | "preparedBy"
  | "preparedOn"
  | "ageReferenceDate"
  | "version"
>;

export const APPROVAL_FORM_SELECT = {
  id: true,
  cadreId: true,
  nominationId: true,
  proposedPost: true,
  proposedRemoval: true,
  reason: true,
  reportingUnit: true,
  reportedOn: true,
  approvalOpinion: true,
  administrativeOpinion: true,
  preparedBy: true,
  preparedOn: true,
  ageReferenceDate: true,
  version: true,
} as const;

/** The forms of these cadres the actor may see, by cadre id (a cadre without one is absent). */
export async function approvalFormsFor(
  actor: Actor,
  cadreIds: readonly string[],
  action: Action = "read",
): Promise<Map<string, ApprovalFormView>> {
  if (!cadreIds.length) return new Map();
  const rows = await prisma.approvalForm.findMany({
    where: { cadreId: { in: [...cadreIds] }, cadre: cadreScope(actor, action) },
    select: APPROVAL_FORM_SELECT,
  });
  return new Map(rows.map((r) => [r.cadreId, r]));
}

export async function getApprovalForm(actor: Actor, cadreId: string): Promise<ApprovalFormView | null> {
  return (await approvalFormsFor(actor, [cadreId])).get(cadreId) ?? null;
}
