import "server-only";
// Creating, renaming, sharing and archiving 模拟调配 plans. Each change is versioned (a stale
// form is refused with the one conflict message) and audited in its transaction. A plan is
// archived, never deleted; an archived or converted plan no longer changes.
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { Prisma, StaffingPlan } from "@/lib/generated/prisma/client";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { findPlanInScope, planScope } from "./scope";

type Tx = Prisma.TransactionClient;

export const PLAN_CLOSED_MESSAGE = "该方案已转为动议或已归档，不能再修改";

export async function createPlan(actor: Actor, input: { name: string; asOf: Date }): Promise<{ id: string }> {
  planScope(actor, "manage");
  return prisma.$transaction(async (tx) => {
    const plan = await tx.staffingPlan.create({ data: { name: input.name, asOf: input.asOf, ownerId: actor.userId } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "staffingPlan.create",
      objectType: "StaffingPlan",
      objectId: plan.id,
      result: "SUCCESS",
      diff: { planName: plan.name, asOf: input.asOf.toISOString().slice(0, 10) },
    });
    return { id: plan.id };
  });
}

/**
 * Loads the plan for a change at `version`: in scope, still a draft, not stale. Shared plans are
 * edited by any of the department's staff who see them, one change at a time.
 */
export async function planForChange(tx: Tx, actor: Actor, id: string, version: number): Promise<StaffingPlan> {
  const plan = await findPlanInScope(tx, actor, id, "manage");
  if (plan.version !== version) throw new StaleVersionError("StaffingPlan", plan.id, version);
  if (plan.status !== "DRAFT") throw new UserFacingError(PLAN_CLOSED_MESSAGE);
  return plan;
}

/** Bumps the plan's version with `data` and audits `action` with the diff (or `extra`). */
export async function commitPlanChange(
  tx: Tx,
  actor: Actor,
  plan: StaffingPlan,
  action: string,
  data: Prisma.StaffingPlanUpdateInput,
  extra?: Record<string, unknown>,
): Promise<number> {
  await tx.staffingPlan.update({ where: { id: plan.id }, data: { ...data, version: { increment: 1 } } });
  await writeAudit(tx, {
    ...auditBy(actor),
    action,
    objectType: "StaffingPlan",
    objectId: plan.id,
    result: "SUCCESS",
    diff: extra ?? auditDiff(plan, data as Record<string, unknown>),
  });
  return plan.version + 1;
}

export async function renamePlan(actor: Actor, input: { id: string; version: number; name: string }) {
  return prisma.$transaction(async (tx) => {
    const plan = await planForChange(tx, actor, input.id, input.version);
    const diff = { planName: { from: plan.name, to: input.name } };
    return { version: await commitPlanChange(tx, actor, plan, "staffingPlan.rename", { name: input.name }, diff) };
  });
}

export async function sharePlan(actor: Actor, input: { id: string; version: number; shared: boolean }) {
  return prisma.$transaction(async (tx) => {
    const plan = await planForChange(tx, actor, input.id, input.version);
    // only the owner decides who else sees the plan
    if (plan.ownerId !== actor.userId) throw new UserFacingError("只有方案的创建人可以设置共享");
    return { version: await commitPlanChange(tx, actor, plan, "staffingPlan.share", { shared: input.shared }) };
  });
}

/** Archives a plan (a draft or a converted one); it stays readable and is never deleted. */
export async function archivePlan(actor: Actor, input: { id: string; version: number }) {
  return prisma.$transaction(async (tx) => {
    const plan = await findPlanInScope(tx, actor, input.id, "manage");
    if (plan.version !== input.version) throw new StaleVersionError("StaffingPlan", plan.id, input.version);
    if (plan.status === "ARCHIVED") throw new UserFacingError("该方案已归档");
    if (plan.ownerId !== actor.userId) throw new UserFacingError("只有方案的创建人可以归档");
    const data = { status: "ARCHIVED" as const, archivedAt: new Date() };
    return { version: await commitPlanChange(tx, actor, plan, "staffingPlan.archive", data, { status: "ARCHIVED" }) };
  });
}
