import "server-only";
// Password and second-factor resets by the system administrator. Both end the user's open
// sessions (sessionEpoch bump); a reset password must be changed at the next sign-in.
import type { AccountRef, ResetPasswordInput } from "@/lib/validation/user-account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/server/auth/passwords";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import {
  assertManagesAccounts,
  assertNotSelf,
  checkPassword,
  issueTotp,
  needsTotp,
  type IssuedTotp,
} from "./account-rules";

async function userOf(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { username: true, role: true } });
  if (!user) throw new NotFoundError("账号");
  return user;
}

export async function resetAccountPassword(actor: Actor, input: ResetPasswordInput, now = new Date()): Promise<void> {
  assertManagesAccounts(actor);
  assertNotSelf(actor, input.userId, "请通过“修改密码”修改自己的密码");
  const { username } = await userOf(input.userId);
  checkPassword(input.password, username);
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.user, "User", input.userId, input.version, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: true,
      failedAttempts: 0,
      lockedUntil: null,
      sessionEpoch: { increment: 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.resetPassword",
      objectType: "User",
      objectId: input.userId,
      result: "SUCCESS",
      // Never the password itself: only that it was reset and must be changed.
      diff: { password: { from: "[已隐藏]", to: "[已重置]" }, mustChangePassword: { from: null, to: true } },
    });
  });
}

/** A new TOTP secret (the old authenticator stops working), shown once. */
export async function resetSecondFactor(actor: Actor, ref: AccountRef): Promise<{ totp: IssuedTotp }> {
  assertManagesAccounts(actor);
  assertNotSelf(actor, ref.userId, "不能在此重置自己的动态口令");
  const user = await userOf(ref.userId);
  if (!user.role || !needsTotp(user.role)) throw new UserFacingError("该账号的角色不使用动态口令");
  const totp = issueTotp(user.username);
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.user, "User", ref.userId, ref.version, {
      totpSecretCipher: totp.cipher,
      totpLastStep: null,
      sessionEpoch: { increment: 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.resetTotp",
      objectType: "User",
      objectId: ref.userId,
      result: "SUCCESS",
      diff: { secondFactor: { from: "[已隐藏]", to: "[已重新生成]" } },
    });
  });
  return { totp: totp.issued };
}
