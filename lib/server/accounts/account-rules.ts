import "server-only";
// Checks shared by the account-administration writes: 三员分立 (no administrator acts on their
// own account; the last active holder of an administrator role is kept) and the unit-scope rule
// that the database also enforces with User_unit_scope_check.
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { roleLabel } from "@/lib/labels";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { secondFactorRequired } from "@/lib/server/auth/totp-policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecuritySettingsView } from "@/lib/server/settings/security-settings";
import { UserFacingError } from "@/lib/errors/user-facing";
import { FieldError } from "@/lib/errors/field-errors";

/** The roles of 三员分立: each administers a part of the system and reads no cadre data. */
export const ADMIN_ROLES: readonly Role[] = ["SYS_ADMIN", "SECURITY_ADMIN", "AUDITOR"];

export const SELF_CHANGE_REFUSED = "account.selfChange.refused";

/**
 * An administrator never changes their own account here (role, unit, clearance, status, expiry,
 * credentials, recusal): that would let one person grant themselves what the separation of
 * duties withholds. The attempt is refused with `message` and recorded as a DENIED audit row
 * (written on its own, since the refused change writes nothing).
 */
export async function refuseSelf(actor: Actor, userId: string, attempted: string, message: string): Promise<void> {
  if (actor.userId !== userId) return;
  await writeAuditStandalone({
    ...auditBy(actor),
    action: SELF_CHANGE_REFUSED,
    objectType: "User",
    objectId: userId,
    result: "DENIED",
    diff: { attempted: { from: null, to: attempted } },
  });
  throw new UserFacingError(message);
}

/**
 * Refuses to take away the last active account of an administrator role (by a role change or
 * by disabling it): without a 系统管理员 nobody can create accounts, without a 安全管理员
 * nobody can grant roles, without a 安全审计员 nobody reviews the log — and disabling the only
 * auditor is how an administrator would escape review. Locks the role's rows so two requests
 * cannot each remove "the other" one.
 */
export async function keepLastAdmin(
  tx: Prisma.TransactionClient,
  user: { id: string; role: Role | null; disabledAt: Date | null },
  change: "role" | "disable",
): Promise<void> {
  const role = user.role;
  if (!role || !ADMIN_ROLES.includes(role) || user.disabledAt) return;
  const others = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User"
    WHERE role = ${role}::"Role" AND "disabledAt" IS NULL AND id <> ${user.id}
    FOR UPDATE`;
  if (others.length) return;
  const what = change === "role" ? "更改其角色" : "停用";
  throw new UserFacingError(`这是唯一在用的${roleLabel[role]}账号，不能${what}；请先为另一账号授予该角色`);
}

/** Unit users must name their unit; every other role must not have one. */
export async function checkUnitForRole(
  tx: Prisma.TransactionClient,
  role: Role,
  unitId: string | null,
): Promise<string | null> {
  if (role !== "UNIT") {
    if (unitId) throw new FieldError("unitId", "只有单位党委（党组）账号才能指定所属单位");
    return null;
  }
  if (!unitId) throw new FieldError("unitId", "单位党委（党组）账号须选择所属单位");
  const unit = await tx.unit.findFirst({ where: { id: unitId, archivedAt: null }, select: { id: true } });
  if (!unit) throw new FieldError("unitId", "所选单位不存在或已撤销");
  return unit.id;
}

/** Whether an account of `role` signs in with a second factor (lib/server/auth/totp-policy.ts). */
export function needsTotp(role: Role, settings: Pick<SecuritySettingsView, "totpForReaders">): Promise<boolean> {
  return secondFactorRequired(role, settings);
}
