import "server-only";
// The first system administrator of a new installation, created from the command line
// (`npm run admin:create`, docs/deployment.md §7): a production database has no demo
// accounts, and every other account is created by a system administrator in the browser.
// The password is random and must be changed at the first sign-in; SYS_ADMIN signs in with
// TOTP, so a secret is generated, stored encrypted, and returned once.
import { randomInt } from "node:crypto";
import { z } from "zod";
import { passwordProblems } from "@/lib/auth/password-policy";
import { writeAudit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/passwords";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { USERNAME_PATTERN } from "@/lib/validation/user-account";
import { issueTotp } from "./account-rules";

export const bootstrapAdminSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(USERNAME_PATTERN, "用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母或数字开头"),
  displayName: z.string().trim().min(1, "请输入姓名或账号名称").max(50, "名称不超过 50 个字"),
});

export interface BootstrappedAdmin {
  userId: string;
  username: string;
  oneTimePassword: string;
  totpSecret: string;
  totpUri: string;
}

// No look-alike characters (0/O, 1/l/I): the password is read off a terminal and typed.
const ALPHABETS = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "@#%+=?"];

export function oneTimePassword(length = 16): string {
  const all = ALPHABETS.join("");
  const chars = ALPHABETS.map((a) => a[randomInt(a.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}

export async function bootstrapAdmin(
  input: z.input<typeof bootstrapAdminSchema>,
  ip: string | null,
): Promise<BootstrappedAdmin> {
  const { username, displayName } = bootstrapAdminSchema.parse(input);
  let password = oneTimePassword();
  while (passwordProblems(password, username).length) password = oneTimePassword();
  const totp = issueTotp(username);
  const passwordHash = await hashPassword(password);
  const userId = await prisma.$transaction(async (tx) => {
    const taken = await tx.user.findFirst({
      where: { username: { equals: username, mode: "insensitive" } },
      select: { id: true },
    });
    if (taken) throw new UserFacingError(`用户名 ${username} 已存在，请换一个`);
    const user = await tx.user.create({
      data: {
        username,
        displayName,
        role: "SYS_ADMIN",
        passwordHash,
        mustChangePassword: true,
        totpSecretCipher: totp.cipher,
      },
    });
    await writeAudit(tx, {
      actor: null,
      ip,
      action: "account.create",
      objectType: "User",
      objectId: user.id,
      result: "SUCCESS",
      diff: {
        username: { from: null, to: username },
        displayName: { from: null, to: displayName },
        role: { from: null, to: "SYS_ADMIN" },
        createdBy: { from: null, to: "命令行 npm run admin:create" },
      },
    });
    return user.id;
  });
  return { userId, username, oneTimePassword: password, totpSecret: totp.issued.secret, totpUri: totp.issued.uri };
}
