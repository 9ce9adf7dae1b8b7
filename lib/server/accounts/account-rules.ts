import "server-only";
// Checks shared by the account-administration writes (三员分立 and the unit-scope rule that
// the database also enforces with User_unit_scope_check).
import { passwordProblems } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { TOTP_REQUIRED_ROLES, newTotpSecret, totpUri } from "@/lib/server/auth/totp";
import { encryptTotpSecret } from "@/lib/server/auth/totp-secret";
import { assertCan } from "@/lib/server/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors/user-facing";
import { FieldError } from "@/lib/errors/field-errors";

/** Shown once after creation, a role change into a TOTP role, or a second-factor reset. */
export interface IssuedTotp {
  secret: string;
  uri: string;
}

export function assertManagesAccounts(actor: Actor): void {
  assertCan(actor, "account", "manage");
}

/** An administrator never changes their own role, unit, status or credentials here. */
export function assertNotSelf(actor: Actor, userId: string, message: string): void {
  if (actor.userId === userId) throw new UserFacingError(message);
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

export function checkPassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length) throw new FieldError("password", problems.join("；"));
}

export function needsTotp(role: Role): boolean {
  return TOTP_REQUIRED_ROLES.includes(role);
}

/** A fresh TOTP secret: the encrypted value to store and the plain one to show once. */
export function issueTotp(username: string): { cipher: string; issued: IssuedTotp } {
  const secret = newTotpSecret();
  return { cipher: encryptTotpSecret(secret), issued: { secret, uri: totpUri(secret, username) } };
}
