import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateAccountInput } from "@/lib/validation/user-account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/server/auth/passwords";
import { prisma } from "@/lib/server/db";
import { FieldError, FieldProblems } from "@/lib/errors/field-errors";
import {
  assertManagesAccounts,
  checkPassword,
  checkUnitForRole,
  issueTotp,
  needsTotp,
  type IssuedTotp,
} from "./account-rules";

const DUPLICATE = "该用户名已被使用，请换一个";

/**
 * Creates an account that must change its password at the first sign-in. Roles that sign in
 * with a second factor get a TOTP secret, returned once for the administrator to hand over.
 */
export async function createAccount(
  actor: Actor,
  input: CreateAccountInput,
): Promise<{ id: string; totp: IssuedTotp | null }> {
  assertManagesAccounts(actor);
  // Every problem at once, each beside its field: the password, the unit, the username.
  const problems = new FieldProblems();
  await problems.check(() => checkPassword(input.password, input.username));
  await problems.check(() => checkUnitForRole(prisma, input.role, input.unitId));
  if (
    await prisma.user.findFirst({
      where: { username: { equals: input.username, mode: "insensitive" } },
      select: { id: true },
    })
  ) {
    problems.add("username", DUPLICATE);
  }
  problems.throwIfAny();
  const passwordHash = await hashPassword(input.password);
  const totp = needsTotp(input.role) ? issueTotp(input.username) : null;
  try {
    const id = await prisma.$transaction(async (tx) => {
      // Usernames are stored in lower case; compare without case so "Zhang" cannot shadow "zhang".
      const taken = await tx.user.findFirst({
        where: { username: { equals: input.username, mode: "insensitive" } },
        select: { id: true },
      });
      if (taken) throw new FieldError("username", DUPLICATE);
      const unitId = await checkUnitForRole(tx, input.role, input.unitId);
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitId,
          passwordHash,
          mustChangePassword: true,
          totpSecretCipher: totp?.cipher ?? null,
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
          role: { from: null, to: user.role },
          unitId: { from: null, to: user.unitId },
          secondFactor: { from: null, to: totp ? "已生成" : "无" },
        },
      });
      return user.id;
    });
    return { id, totp: totp?.issued ?? null };
  } catch (e) {
    // Two administrators creating the same name at once: the unique index decides.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new FieldError("username", DUPLICATE);
    throw e;
  }
}
