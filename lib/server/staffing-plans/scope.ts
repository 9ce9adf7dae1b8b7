import "server-only";
// Who sees a 模拟调配 plan: the organization department only (the permission table's
// staffingPlan resource; units, leaders and the three administrators hold none of it), and of
// its plans the actor's own and the shared ones. Every read and write of a plan goes through
// planScope, so another user's private plan is simply not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/server/authz/scope";
import { refusedRead } from "@/lib/server/audit";

export function planScope(actor: Actor, action: Action = "read"): Prisma.StaffingPlanWhereInput {
  assertCan(actor, "staffingPlan", action);
  return { OR: [{ ownerId: actor.userId }, { shared: true }] };
}

type Tx = Prisma.TransactionClient;

/** The plan in the actor's scope (for a change: locked, so two edits queue), or 未找到. */
export async function findPlanInScope(tx: Tx, actor: Actor, id: string, action: Action = "read") {
  const where = { AND: [{ id }, planScope(actor, action)] };
  const plan = await tx.staffingPlan.findFirst({ where });
  if (!plan) throw await refusedRead(actor, "StaffingPlan", id, "调配方案");
  if (action !== "read") await tx.$queryRaw`select id from "StaffingPlan" where id = ${plan.id} for update`;
  return plan;
}
