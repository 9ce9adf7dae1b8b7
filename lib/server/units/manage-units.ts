import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateUnitInput, UpdateUnitInput } from "@/lib/validation/units";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { FieldError } from "@/lib/errors/field-errors";

type Tx = Prisma.TransactionClient;

async function assertCodeFree(tx: Tx, code: string, exceptId: string | null): Promise<void> {
  const other = await tx.unit.findFirst({
    where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (other) throw new FieldError("code", `单位代码已被“${other.name}”使用`);
}

/** The parent must exist and must not be the unit itself or one of its descendants. */
async function assertParent(tx: Tx, parentId: string | null, unitId: string | null): Promise<void> {
  if (!parentId) return;
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 50; depth++) {
    if (cursor === unitId) throw new FieldError("parentId", "上级单位不能是本单位或其下级单位");
    const row: { parentId: string | null; archivedAt: Date | null } | null = await tx.unit.findUnique({
      where: { id: cursor },
      select: { parentId: true, archivedAt: true },
    });
    if (!row || (depth === 0 && row.archivedAt)) throw new FieldError("parentId", "所选上级单位不存在或已撤销");
    cursor = row.parentId;
  }
}

export async function createUnit(actor: Actor, input: CreateUnitInput): Promise<{ id: string }> {
  unitScope(actor, "manage");
  return prisma.$transaction(async (tx) => {
    await assertCodeFree(tx, input.code, null);
    await assertParent(tx, input.parentId, null);
    const unit = await tx.unit.create({ data: input });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "unit.create",
      objectType: "Unit",
      objectId: unit.id,
      result: "SUCCESS",
      diff: auditDiff(null, input),
    });
    return { id: unit.id };
  });
}

export async function updateUnit(actor: Actor, input: UpdateUnitInput): Promise<void> {
  const { id, version, ...data } = input;
  await prisma.$transaction(async (tx) => {
    const before = await tx.unit.findFirst({
      where: { AND: [{ id }, unitScope(actor, "manage"), { archivedAt: null }] },
    });
    if (!before) throw await refusedRead(actor, "Unit", id, "单位");
    await assertCodeFree(tx, data.code, id);
    await assertParent(tx, data.parentId, id);
    await updateVersioned(tx.unit, "单位", id, version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "unit.update",
      objectType: "Unit",
      objectId: id,
      result: "SUCCESS",
      diff: auditDiff(before, data),
    });
  });
}

/** A unit the actor may manage, for its edit form. */
export async function getUnitForEdit(actor: Actor, id: string) {
  const unit = await prisma.unit.findFirst({
    where: { AND: [{ id }, unitScope(actor, "manage"), { archivedAt: null }] },
  });
  if (!unit) throw await refusedRead(actor, "Unit", id, "单位");
  return unit;
}
