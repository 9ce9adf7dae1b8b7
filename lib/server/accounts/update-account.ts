import "server-only";
// Disable/enable and role/unit changes. Each bumps sessionEpoch where the user's access
// shrinks or changes, so their open sessions end on the next request (resolveSession).
import type { ChangeRoleInput, AccountRef } from "@/lib/validation/user-account";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import {
  assertManagesAccounts,
  assertNotSelf,
  checkUnitForRole,
  issueTotp,
  needsTotp,
  type IssuedTotp,
} from "./account-rules";

async function loadUser(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], id: string) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError("账号");
  return user;
}

export async function setAccountDisabled(
  actor: Actor,
  ref: AccountRef,
  disabled: boolean,
  now = new Date(),
): Promise<void> {
  assertManagesAccounts(actor);
  assertNotSelf(actor, ref.userId, "不能停用自己的账号");
  await prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, ref.userId);
    const data = disabled
      ? { disabledAt: now, sessionEpoch: { increment: 1 } }
      : { disabledAt: null, failedAttempts: 0, lockedUntil: null };
    await updateVersioned(tx.user, "User", ref.userId, ref.version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: disabled ? "account.disable" : "account.enable",
      objectType: "User",
      objectId: ref.userId,
      result: "SUCCESS",
      diff: {
        disabled: { from: before.disabledAt !== null, to: disabled },
        username: { from: before.username, to: before.username },
      },
    });
  });
}

/**
 * Changes the role and (for unit users) the unit. A move into a role that signs in with a
 * second factor issues a TOTP secret, returned once; a move out of one removes it.
 */
export async function changeAccountRole(actor: Actor, input: ChangeRoleInput): Promise<{ totp: IssuedTotp | null }> {
  assertManagesAccounts(actor);
  assertNotSelf(actor, input.userId, "不能更改自己的角色或所属单位");
  return prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, input.userId);
    const unitId = await checkUnitForRole(tx, input.role, input.unitId);
    if (before.role === input.role && before.unitId === unitId) throw new UserFacingError("角色和所属单位均未改变");
    let totp: ReturnType<typeof issueTotp> | null = null;
    let totpSecretCipher: string | null | undefined;
    if (needsTotp(input.role) && !before.totpSecretCipher) {
      totp = issueTotp(before.username);
      totpSecretCipher = totp.cipher;
    } else if (!needsTotp(input.role) && before.totpSecretCipher) {
      totpSecretCipher = null;
    }
    const data = {
      role: input.role,
      unitId,
      ...(totpSecretCipher !== undefined ? { totpSecretCipher, totpLastStep: null } : {}),
      sessionEpoch: { increment: 1 },
    };
    await updateVersioned(tx.user, "User", input.userId, input.version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.changeRole",
      objectType: "User",
      objectId: input.userId,
      result: "SUCCESS",
      diff: auditDiff(
        { role: before.role, unitId: before.unitId, secondFactor: before.totpSecretCipher ? "已绑定" : "无" },
        {
          role: input.role,
          unitId,
          secondFactor:
            totpSecretCipher === undefined
              ? before.totpSecretCipher
                ? "已绑定"
                : "无"
              : totpSecretCipher
                ? "已重新生成"
                : "无",
        },
      ),
    });
    return { totp: totp?.issued ?? null };
  });
}
