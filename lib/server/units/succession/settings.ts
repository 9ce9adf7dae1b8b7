import "server-only";
// 关键岗位设置: which post kinds are key posts for succession and which units are 重要部门 (one
// row, created with its defaults on first read). Kept by organization staff (unit.manage),
// version-checked and audited with before/after.
import type { Actor } from "@/lib/auth/actor";
import type { KeyPostKind } from "@/lib/domain/enums";
import { UserFacingError } from "@/lib/errors/user-facing";
import { FieldError } from "@/lib/errors/field-errors";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { SuccessionSettingsInput } from "@/lib/validation/succession-settings";

export interface SuccessionSettingsView {
  keyPostKinds: KeyPostKind[];
  importantUnitIds: string[];
  version: number;
}

export async function getSuccessionSettings(actor: Actor): Promise<SuccessionSettingsView> {
  assertCan(actor, "unit", "read");
  const row =
    (await prisma.successionSettings.findUnique({ where: { id: 1 } })) ??
    (await prisma.successionSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} }));
  return { keyPostKinds: row.keyPostKinds, importantUnitIds: row.importantUnitIds, version: row.version };
}

export async function updateSuccessionSettings(actor: Actor, input: SuccessionSettingsInput): Promise<void> {
  assertCan(actor, "unit", "manage");
  const before = await getSuccessionSettings(actor);
  const important = [...new Set(input.importantUnitIds)];
  const known = await prisma.unit.count({ where: { id: { in: important }, archivedAt: null } });
  if (known !== important.length) throw new FieldError("importantUnitIds", "所选单位不存在或已撤销");
  const after = { keyPostKinds: [...new Set(input.keyPostKinds)], importantUnitIds: important };
  const diff = auditDiff({ keyPostKinds: before.keyPostKinds, importantUnitIds: before.importantUnitIds }, after);
  if (!Object.keys(diff).length) throw new UserFacingError("关键岗位设置未改变");
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.successionSettings, "SuccessionSettings", 1, input.version, after);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "settings.succession",
      objectType: "SuccessionSettings",
      objectId: "1",
      result: "SUCCESS",
      diff,
    });
  });
}
