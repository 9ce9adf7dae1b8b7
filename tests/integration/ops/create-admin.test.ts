// `npm run admin:create` on a new installation: the first 系统管理员 and the first 安全管理员,
// each with a one-time password printed once and no TOTP secret (each holder enrols at the
// first sign-in); audited; refused once the system has them, and for bad or equal names. Runs
// against a database of its own: the shared test database already holds administrators. The
// cases run the command in-process (createAdminCommand); one runs the real script in a child
// process, as an operator does, so its wiring (arguments, output, exit status) is covered too.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/server/auth/passwords";
import { createAdminCommand } from "@/lib/cli/create-admin-command";
import { prisma } from "@/lib/server/db";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase, workerDatabaseUrl } from "../../support/test-database";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
let fresh: TestDatabase;

async function createAdmin(...args: string[]) {
  const lines: string[] = [];
  const status = await createAdminCommand(args, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { status, out: lines.join("\n") };
}

function createAdminScript(...args: string[]) {
  const r = spawnSync(tsx, ["--conditions=react-server", "lib/cli/create-admin.ts", ...args], {
    env: { ...process.env, DATABASE_URL: fresh.url, MIAOPU_ENCRYPTION_KEY: inject("encryptionKey") },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const passwordOf = (out: string, username: string) =>
  new RegExp(`created: ${username}\\n\\s+一次性密码 / one-time password:\\s+(\\S+)`).exec(out)?.[1];

beforeAll(async () => {
  fresh = await createTestDatabase("miaopu_it_bootstrap");
  await switchDatabase(fresh.url);
}, 120_000);

afterAll(async () => {
  await switchDatabase(workerDatabaseUrl());
  await fresh?.dispose();
});

describe("npm run admin:create", () => {
  it("refuses a new installation without the 安全管理员, and equal or malformed names, creating nothing", async () => {
    const onlySys = await createAdmin("--username", "sysadmin1");
    expect(onlySys.status).toBe(1);
    const sysOnly = await createAdmin("--username", "sysadmin1", "--security-username", "sysadmin1");
    expect(sysOnly.status).toBe(1);
    expect(sysOnly.out).toContain("须为两个不同的账号");
    const bad = await createAdmin("--username", "x", "--security-username", "secadmin1");
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("用户名为 3–32 位");
    const noSec = await createAdmin("--security-username", "secadmin1");
    expect(noSec.status).toBe(1);
    expect(noSec.out).toContain("须同时创建系统管理员和安全管理员");
    expect(await prisma.user.count()).toBe(0);
  });

  it("creates the first SYS_ADMIN and SECURITY_ADMIN with one-time passwords printed once and no TOTP secret, audited", async () => {
    const r = createAdminScript(
      "--username",
      "Sys.Admin",
      "--security-username",
      "sec.admin",
      "--security-name",
      "安全管理员甲",
    );
    expect(r.status, r.out).toBe(0);
    expect(r.out).not.toMatch(/TOTP secret|otpauth:|[A-Z2-7]{32}/);
    for (const [username, role] of [
      ["sys.admin", "SYS_ADMIN"],
      ["sec.admin", "SECURITY_ADMIN"],
    ] as const) {
      const password = passwordOf(r.out, username);
      expect(password, r.out).toMatch(/^.{16}$/);
      const user = await prisma.user.findUniqueOrThrow({ where: { username } });
      expect(user).toMatchObject({
        role,
        mustChangePassword: true,
        isDemo: false,
        totpSecretCipher: null,
        totpPendingCipher: null,
        totpEnrolledAt: null,
      });
      expect(await verifyPassword(user.passwordHash, password!)).toBe(true);
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.create", objectId: user.id } });
      expect(audit.result).toBe("SUCCESS");
      expect(JSON.stringify(audit.diff)).not.toContain(password!);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { username: "sec.admin" } })).displayName).toBe(
      "安全管理员甲",
    );
  });

  it("refuses once the system has its administrators", async () => {
    const again = await createAdmin("--username", "another.sys", "--security-username", "another.sec");
    expect(again.status).toBe(1);
    expect(again.out).toContain("系统已有系统管理员和安全管理员");
    expect(await prisma.user.count()).toBe(2);
  });

  it("on an installation upgraded with a 系统管理员 and no 安全管理员, creates only the 安全管理员", async () => {
    await prisma.user.update({ where: { username: "sec.admin" }, data: { disabledAt: new Date() } });
    const both = await createAdmin("--username", "another.sys", "--security-username", "another.sec");
    expect(both.status).toBe(1);
    expect(both.out).toContain("只能补建安全管理员");
    const sec = await createAdmin("--security-username", "another.sec");
    expect(sec.status, sec.out).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { username: "another.sec" } })).role).toBe("SECURITY_ADMIN");
  });
});
