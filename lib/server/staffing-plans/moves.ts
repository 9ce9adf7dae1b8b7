import "server-only";
// Adding and removing the moves of a draft plan. The cadres are read through the actor's cadre
// scope (a recused cadre is not found), the posts must be current; each change bumps the plan's
// version and is audited with the move. Nothing outside the plan changes.
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import type { AddMoveInput } from "@/lib/validation/staffing-plans";
import { commitPlanChange, planForChange } from "./manage-plans";

type Tx = Prisma.TransactionClient;

/** At most this many moves in one plan (the page and the benchmark's 20 stay well inside). */
export const MAX_MOVES = 60;

async function assertCadre(tx: Tx, actor: Actor, id: string, field: string) {
  const c = await tx.cadre.findFirst({
    where: { AND: [{ id }, cadreScope(actor, "read"), { archivedAt: null }] },
    select: { id: true },
  });
  if (!c) throw new FieldError(field, "未找到该干部，或不在您的查看范围内");
}

async function assertPost(tx: Tx, id: string, field: string) {
  const p = await tx.post.findFirst({
    where: { id, archivedAt: null, unit: { archivedAt: null } },
    select: { id: true },
  });
  if (!p) throw new FieldError(field, "未找到该职位，或已撤销");
}

export async function addMove(actor: Actor, input: AddMoveInput): Promise<{ id: string; version: number }> {
  return prisma.$transaction(async (tx) => {
    const plan = await planForChange(tx, actor, input.planId, input.version);
    await assertCadre(tx, actor, input.cadreId, "cadreId");
    await assertPost(tx, input.postId, "postId");
    if (input.kind === "SWAP") {
      await assertCadre(tx, actor, input.otherCadreId, "otherCadreId");
      await assertPost(tx, input.otherPostId, "otherPostId");
      if (input.otherCadreId === input.cadreId) throw new FieldError("otherCadreId", "对调双方不能是同一人");
      if (input.otherPostId === input.postId) throw new FieldError("otherPostId", "对调的两个职位不能相同");
    }
    const last = await tx.staffingPlanMove.aggregate({
      where: { planId: plan.id },
      _max: { position: true },
      _count: true,
    });
    if (last._count >= MAX_MOVES) throw new UserFacingError(`一个方案最多${MAX_MOVES}项调整`);
    const move = await tx.staffingPlanMove.create({
      data: {
        planId: plan.id,
        position: (last._max.position ?? 0) + 1,
        kind: input.kind,
        cadreId: input.cadreId,
        postId: input.postId,
        otherCadreId: input.kind === "SWAP" ? input.otherCadreId : null,
        otherPostId: input.kind === "SWAP" ? input.otherPostId : null,
      },
    });
    const version = await commitPlanChange(tx, actor, plan, "staffingPlan.move.add", {}, moveDiff(move));
    return { id: move.id, version };
  });
}

export async function removeMove(actor: Actor, input: { planId: string; version: number; moveId: string }) {
  return prisma.$transaction(async (tx) => {
    const plan = await planForChange(tx, actor, input.planId, input.version);
    const move = await tx.staffingPlanMove.findFirst({ where: { id: input.moveId, planId: plan.id } });
    if (!move) throw new UserFacingError("未找到该项调整，请刷新页面");
    // a draft's move is the officer's working note, not a personnel record: the audit row keeps it
    await tx.staffingPlanMove.delete({ where: { id: move.id } });
    const version = await commitPlanChange(tx, actor, plan, "staffingPlan.move.remove", {}, moveDiff(move));
    return { version };
  });
}

function moveDiff(m: {
  id: string;
  position: number;
  kind: string;
  cadreId: string;
  postId: string;
  otherCadreId: string | null;
  otherPostId: string | null;
}) {
  return {
    moveId: m.id,
    position: m.position,
    kind: m.kind,
    cadreId: m.cadreId,
    postId: m.postId,
    ...(m.otherCadreId ? { otherCadreId: m.otherCadreId, otherPostId: m.otherPostId } : {}),
  };
}
