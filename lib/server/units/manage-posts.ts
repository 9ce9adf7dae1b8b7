import "server-only";
import type { CreatePostInput, UpdatePostInput } from "@/lib/validation/units";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { todayInChina } from "@/lib/format/dates";

/** A post of a unit the actor may manage, or not found. */
export async function findManagedPost(actor: Actor, id: string) {
  const post = await prisma.post.findFirst({
    where: { AND: [{ id }, { archivedAt: null }, { unit: unitScope(actor, "manage") }] },
  });
  if (!post) throw await refusedRead(actor, "Post", id, "职位");
  return post;
}

export async function createPost(actor: Actor, input: CreatePostInput): Promise<{ id: string }> {
  const { unitId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const unit = await tx.unit.findFirst({
      where: { AND: [{ id: unitId }, unitScope(actor, "manage"), { archivedAt: null }] },
      select: { id: true },
    });
    if (!unit) throw await refusedRead(actor, "Unit", unitId, "单位");
    const post = await tx.post.create({ data: { ...data, unitId } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "post.create",
      objectType: "Post",
      objectId: post.id,
      result: "SUCCESS",
      diff: auditDiff(null, input),
    });
    return { id: post.id };
  });
}

export async function updatePost(actor: Actor, input: UpdatePostInput): Promise<void> {
  const { id, version, ...data } = input;
  const before = await findManagedPost(actor, id);
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.post, "职位", id, version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "post.update",
      objectType: "Post",
      objectId: id,
      result: "SUCCESS",
      diff: auditDiff(before, data),
    });
  });
}

/** Archives (撤销) a post that nobody holds any more; its appointment history stays. */
export async function archivePost(
  actor: Actor,
  input: { id: string; version: number },
  now = new Date(),
): Promise<void> {
  await findManagedPost(actor, input.id);
  await prisma.$transaction(async (tx) => {
    const holders = await tx.appointment.count({
      where: { AND: [{ postId: input.id }, { OR: [{ endDate: null }, { endDate: { gte: todayInChina(now) } }] }] },
    });
    if (holders > 0) throw new UserFacingError("该职位仍有在任人员，请先办理免职后再撤销职位");
    await updateVersioned(tx.post, "职位", input.id, input.version, { archivedAt: now });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "post.archive",
      objectType: "Post",
      objectId: input.id,
      result: "SUCCESS",
      diff: { archivedAt: { from: null, to: now.toISOString() } },
    });
  });
}
