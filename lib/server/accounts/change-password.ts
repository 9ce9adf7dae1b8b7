import "server-only";
import { passwordProblems } from "@/lib/auth/password-policy";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/server/auth/passwords";
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
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: false,
        sessionEpoch: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await tx.authSession.update({ where: { id: actor.sessionId }, data: { epoch: updated.sessionEpoch } });
    await writeAudit(tx, {
      actor: { id: user.id, username: user.username, role: user.role },
      ip: actor.ip,
      action: "account.changePassword",
      objectType: "User",
      objectId: user.id,
      result: "SUCCESS",
      diff: { password: { from: "[已隐藏]", to: "[已更新]" } },
    });
  });
}
