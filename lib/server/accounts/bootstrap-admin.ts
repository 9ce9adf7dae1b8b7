import "server-only";
// The first administrators of a new installation, created from the command line
// (`npm run admin:create`, docs/deployment.md §7): a production database has no demo accounts,
// and under 三员分立 the 系统管理员 who creates accounts cannot grant them roles, so the first
// 安全管理员 is created beside the first 系统管理员. Each gets a one-time password, printed
// once, that must be changed at the first sign-in within 72 hours; neither gets a TOTP secret —
// each holder enrols their own authenticator at the first sign-in. Refused once the system has
// them: every later account is created in the browser. An installation upgraded from before
// the 安全管理员 existed may create only that one.
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { USERNAME_PATTERN } from "@/lib/validation/user-account";
import { issueOneTimePassword, type IssuedPassword } from "./one-time-password";

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, "用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母或数字开头");
const displayName = z.string().trim().min(1, "请输入姓名或账号名称").max(50, "名称不超过 50 个字");
const admin = z.object({ username, displayName });

export const bootstrapAdminsSchema = z
  .object({ sysAdmin: admin.optional(), securityAdmin: admin })
  .refine((v) => v.sysAdmin?.username !== v.securityAdmin.username, "系统管理员和安全管理员须为两个不同的账号");

export interface BootstrappedAdmin extends IssuedPassword {
  userId: string;
  role: Role;
}

type Wanted = { username: string; displayName: string; role: "SYS_ADMIN" | "SECURITY_ADMIN" };

export async function bootstrapAdmins(
  input: z.input<typeof bootstrapAdminsSchema>,
  ip: string | null,
  now = new Date(),
): Promise<BootstrappedAdmin[]> {
  const { sysAdmin, securityAdmin } = bootstrapAdminsSchema.parse(input);
  const wanted: Wanted[] = [
    ...(sysAdmin ? [{ ...sysAdmin, role: "SYS_ADMIN" as const }] : []),
    { ...securityAdmin, role: "SECURITY_ADMIN" as const },
  ];
  const issued = await Promise.all(wanted.map((w) => issueOneTimePassword(w.username, now)));
  const ids = await prisma.$transaction(async (tx) => {
    // Serialized with any other admin:create: the check below and the inserts are one step.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('miaopu.admin-create'))`;
    const active = await tx.user.groupBy({
      by: ["role"],
      where: { role: { in: ["SYS_ADMIN", "SECURITY_ADMIN"] }, disabledAt: null },
      _count: true,
    });
    const has = (r: Role) => active.some((a) => a.role === r);
    if (has("SYS_ADMIN") && has("SECURITY_ADMIN"))
      throw new UserFacingError("系统已有系统管理员和安全管理员，其他账号请由系统管理员在系统中创建");
    if (has("SECURITY_ADMIN")) throw new UserFacingError("系统已有安全管理员，不能再用命令行创建管理员");
    if (!has("SYS_ADMIN") && !sysAdmin)
      throw new UserFacingError("新安装须同时创建系统管理员和安全管理员（--username 与 --security-username）");
    if (has("SYS_ADMIN") && sysAdmin)
      throw new UserFacingError("系统已有系统管理员，只能补建安全管理员（仅用 --security-username）");
    const out: string[] = [];
    for (const [i, w] of wanted.entries()) {
      const taken = await tx.user.findFirst({
        where: { username: { equals: w.username, mode: "insensitive" } },
        select: { id: true },
      });
      if (taken) throw new UserFacingError(`用户名 ${w.username} 已存在，请换一个`);
      const user = await tx.user.create({
        data: {
          username: w.username,
          displayName: w.displayName,
          role: w.role,
          passwordHash: issued[i].hash,
          passwordChangedAt: issued[i].issuedAt,
          mustChangePassword: true,
        },
      });
      out.push(user.id);
    }
    for (const [i, w] of wanted.entries())
      await writeAudit(tx, {
        actor: null,
        ip,
        action: "account.create",
        objectType: "User",
        objectId: out[i],
        result: "SUCCESS",
        diff: {
          username: { from: null, to: w.username },
          displayName: { from: null, to: w.displayName },
          role: { from: null, to: w.role },
          createdBy: { from: null, to: "命令行 npm run admin:create" },
        },
      });
    return out;
  });
  return wanted.map((w, i) => ({
    userId: ids[i],
    role: w.role,
    username: w.username,
    displayName: w.displayName,
    oneTimePassword: issued[i].plain,
    issuedAt: issued[i].issuedAt,
    validUntil: issued[i].validUntil,
  }));
}
