import "server-only";
import { isEnrolled } from "@/lib/server/auth/second-factor-check";
// Credential resets, split between the administrators so that neither alone can get into
// someone else's account (三员分立):
// - the 系统管理员 resets the password to a system-generated one-time password for the holder;
//   the second factor still stands, so the password alone signs nobody in;
// - the 安全管理员 resets the second factor: the enrolment is cleared and the holder enrols a
//   new authenticator at the next sign-in (with their own password); no secret is shown here.
// Both end the user's open sessions (sessionEpoch bump).
import type { AccountRef } from "@/lib/validation/user-account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { refuseSelf } from "./account-rules";
import { issueOneTimePassword, type IssuedPassword } from "./one-time-password";
import { loadUser } from "./update-account";
import { rememberPassword } from "@/lib/server/auth/password-history";

export async function resetAccountPassword(actor: Actor, ref: AccountRef, now = new Date()): Promise<IssuedPassword> {
  assertCan(actor, "account", "update");
  await refuseSelf(actor, ref.userId, "resetPassword", "请通过“修改密码”修改自己的密码");
  const user = await loadUser(prisma, ref.userId);
  const password = await issueOneTimePassword(user.username, now);
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.user, "User", ref.userId, ref.version, {
      passwordHash: password.hash,
      // the last 5 passwords cannot come back (the holder's change checks this history)
      passwordHistory: rememberPassword(user),
      passwordChangedAt: password.issuedAt,
      mustChangePassword: true,
      failedAttempts: 0,
      lockedUntil: null,
      sessionEpoch: { increment: 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.resetPassword",
      objectType: "User",
      objectId: ref.userId,
      result: "SUCCESS",
      // Never the password itself: only that it was reset, and that the second factor stands.
      diff: {
        password: { from: "[已隐藏]", to: "[一次性密码，已隐藏]" },
        mustChangePassword: { from: user.mustChangePassword, to: true },
        secondFactor: { from: enrolment(user), to: enrolment(user) },
      },
    });
  });
  return {
    username: user.username,
    displayName: user.displayName,
    oneTimePassword: password.plain,
    issuedAt: password.issuedAt,
    validUntil: password.validUntil,
  };
}

export async function resetSecondFactor(actor: Actor, ref: AccountRef): Promise<void> {
  assertCan(actor, "secondFactor", "manage");
  await refuseSelf(actor, ref.userId, "resetSecondFactor", "不能在此重置自己的动态口令");
  await prisma.$transaction(async (tx) => {
    const user = await loadUser(tx, ref.userId);
    if (!user.totpSecretCipher && !user.totpPendingCipher && !user.recoveryCodeHashes.length)
      throw new UserFacingError("该账号尚未绑定动态口令，无需重置");
    await updateVersioned(tx.user, "User", ref.userId, ref.version, {
      totpSecretCipher: null,
      totpPendingCipher: null,
      totpEnrolledAt: null,
      totpLastStep: null,
      recoveryCodeHashes: [],
      sessionEpoch: { increment: 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.resetTotp",
      objectType: "User",
      objectId: ref.userId,
      result: "SUCCESS",
      diff: { secondFactor: { from: enrolment(user), to: "待本人重新绑定" } },
    });
  });
}

function enrolment(user: { totpSecretCipher: string | null; totpEnrolledAt: Date | null }): string {
  if (isEnrolled(user)) return "已绑定";
  return user.totpSecretCipher ? "已生成，待确认" : "未绑定";
}
