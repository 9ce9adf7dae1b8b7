// `npm run admin:create` on a database without accounts: the printed one-time password and
// TOTP secret sign in (and must be changed), the creation is audited, duplicates and bad names
// are refused with a message.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { totpCode } from "@/lib/server/auth/totp";
import { signIn } from "@/lib/server/auth/sign-in";
import { prisma } from "@/lib/server/db";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function createAdmin(...args: string[]) {
  const r = spawnSync(tsx, ["--conditions=react-server", "lib/cli/create-admin.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), MIAOPU_ENCRYPTION_KEY: inject("encryptionKey") },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe("npm run admin:create", () => {
  const username = `boot${randomBytes(3).toString("hex")}`;

  it("creates a SYS_ADMIN whose printed password and TOTP secret sign in, audited", async () => {
    const r = createAdmin("--username", username, "--name", "系统管理员");
    expect(r.status, r.out).toBe(0);
    const password = /one-time password:\s+(\S+)/.exec(r.out)?.[1];
    const secret = /TOTP secret:\s+([A-Z2-7]+)/.exec(r.out)?.[1];
    expect(password).toMatch(/^.{16}$/);
    expect(secret).toBeTruthy();

    const user = await prisma.user.findUniqueOrThrow({ where: { username } });
    expect(user).toMatchObject({ role: "SYS_ADMIN", mustChangePassword: true, isDemo: false });
    expect(user.totpSecretCipher).not.toContain(secret!);

    const result = await signIn({
      username,
      password: password!,
      totp: totpCode(secret!, new Date()),
      ip: "10.1.1.1",
      userAgent: null,
      now: new Date(),
    });
    expect(result.ok).toBe(true);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.create", objectId: user.id } });
    expect(audit.result).toBe("SUCCESS");
    expect(JSON.stringify(audit.diff)).not.toContain(password!);
  });

  it("refuses an existing username and a malformed one, saying why", async () => {
    const dup = createAdmin("--username", username.toUpperCase());
    expect(dup.status).toBe(1);
    expect(dup.out).toContain("已存在");
    const bad = createAdmin("--username", "x");
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("用户名为 3–32 位");
    expect(await prisma.user.count({ where: { username: { in: [username.toUpperCase(), "x"] } } })).toBe(0);
  });
});
