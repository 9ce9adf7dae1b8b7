import "server-only";
// Account creation by the 系统管理员 (三员分立): a username, a name and an optional expiry date.
// The new account has no role (it cannot sign in until the 安全管理员 grants one), the lowest
// clearance, no unit and no second factor; its holder gets a system-generated one-time password
// on a printed 开户通知 and enrols TOTP at the first sign-in, where no administrator sees it.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateAccountInput } from "@/lib/validation/user-account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { FieldError } from "@/lib/errors/field-errors";
import { issueOneTimePassword, type IssuedPassword } from "./one-time-password";

const DUPLICATE = "该用户名已被使用，请换一个";
export const EXPIRY_IN_PAST = "到期日须晚于今天";

export async function createAccount(
  actor: Actor,
  input: CreateAccountInput,
  now = new Date(),
): Promise<{ id: string; notice: IssuedPassword }> {
  assertCan(actor, "account", "create");
  if (input.expiresOn && input.expiresOn <= now) throw new FieldError("expiresOn", EXPIRY_IN_PAST);
  const password = await issueOneTimePassword(input.username, now);
  try {
    const id = await prisma.$transaction(async (tx) => {
      // Usernames are stored in lower case; compare without case so "Zhang" cannot shadow "zhang".
      const taken = await tx.user.findFirst({
        where: { username: { equals: input.username, mode: "insensitive" } },
        select: { id: true },
      });
      if (taken) throw new FieldError("username", DUPLICATE);
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: null,
          unitId: null,
          clearance: "GENERAL",
          passwordHash: password.hash,
          passwordChangedAt: password.issuedAt,
          mustChangePassword: true,
          expiresAt: input.expiresOn,
        },
      });
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "account.create",
        objectType: "User",
        objectId: user.id,
        result: "SUCCESS",
        diff: {
          username: { from: null, to: user.username },
          displayName: { from: null, to: user.displayName },
          role: { from: null, to: "未授权" },
          expiresAt: { from: null, to: user.expiresAt?.toISOString() ?? null },
          password: { from: null, to: "[一次性密码，已隐藏]" },
        },
      });
      return user.id;
    });
    const { username, displayName } = input;
    const { issuedAt, validUntil } = password;
    return { id, notice: { username, displayName, oneTimePassword: password.plain, issuedAt, validUntil } };
  } catch (e) {
    // Two administrators creating the same name at once: the unique index decides.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new FieldError("username", DUPLICATE);
    throw e;
  }
}
