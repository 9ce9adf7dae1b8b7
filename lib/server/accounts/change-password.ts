import "server-only";
import { passwordProblems } from "@/lib/auth/password-policy";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/server/auth/passwords";
import { isRecentPassword, PASSWORD_REUSED, rememberPassword } from "@/lib/server/auth/password-history";
import { prisma } from "@/lib/server/db";
import { FieldError } from "@/lib/errors/field-errors";

/**
 * Changes the actor's own password. Other sessions of the user are revoked (epoch bump);
 * the current one is carried over to the new epoch so the user stays signed in.
 */
export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput, now = new Date()): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new FieldError("currentPassword", "当前密码不正确");
  }
  const problems = passwordProblems(input.newPassword, user.username);
  if (problems.length) throw new FieldError("newPassword", problems.join("；"));
  if (await isRecentPassword(user, input.newPassword)) throw new FieldError("newPassword", PASSWORD_REUSED);
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // Versioned on the hash read above: of two changes at once, the second fails instead of
    // dropping the first one's password from the history.
    const n = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: {
        passwordHash,
        passwordHistory: rememberPassword(user),
        passwordChangedAt: now,
        mustChangePassword: false,
        sessionEpoch: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (n.count !== 1) throw new FieldError("currentPassword", "密码刚被修改过，请刷新页面后重试");
    await tx.authSession.update({ where: { id: actor.sessionId }, data: { epoch: user.sessionEpoch + 1 } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.changePassword",
      objectType: "User",
      objectId: user.id,
      result: "SUCCESS",
      diff: { password: { from: "[已隐藏]", to: "[已更新]" } },
    });
  });
}
