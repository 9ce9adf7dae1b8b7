// Where the account administration (三员分立) and the sign-in meet (issue 18 items 2, 6 and 8):
// the one-time password of a reset is for its holder for 72 hours; a reset keeps the password
// history; an account the 系统管理员 re-enables is not disabled again by the next sweep; the
// sign-in's audit rows carry the browser and (on success) the session hash.
import { afterEach, describe, expect, it } from "vitest";
import { ONE_TIME_PASSWORD_EXPIRED } from "@/lib/auth/one-time-password";
import { auditSessionHash } from "@/lib/audit/by";
import { enableAccount, disableAccount } from "@/lib/server/accounts/update-account";
import { resetAccountPassword } from "@/lib/server/accounts/reset-credentials";
import { disableInactiveAccounts } from "@/lib/server/auth/inactive-accounts";
import { signIn } from "@/lib/server/auth/sign-in";
import { resetThrottle } from "@/lib/server/auth/throttle";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser, TEST_PASSWORD } from "../../support/users";

const DAY = 86_400_000;
const HOUR = 3_600_000;

afterEach(() => resetThrottle());

async function sysadmin() {
  return actorOf(await createTestUser("SYS_ADMIN"));
}

async function version(id: string) {
  return (await prisma.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe("a password reset by the 系统管理员", () => {
  it("gives a one-time password that signs in within 72 hours and is refused after (72 h + 1 min)", async () => {
    const admin = await sysadmin();
    const user = await createTestUser("LEADER");
    const issuedAt = new Date();
    const { oneTimePassword: plain } = await resetAccountPassword(
      admin,
      { userId: user.id, version: await version(user.id) },
      issuedAt,
    );
    const at = (ms: number) =>
      signIn({
        username: user.username,
        password: plain,
        ip: "10.9.0.1",
        userAgent: "vitest",
        now: new Date(issuedAt.getTime() + ms),
      });

    const late = await at(72 * HOUR + 60_000);
    expect(late).toEqual({ ok: false, message: ONE_TIME_PASSWORD_EXPIRED });
    const row = await prisma.auditLog.findFirstOrThrow({ where: { objectId: user.id }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ action: "auth.signin.failed", diff: { reason: "one-time-password-expired" } });
    // not a wrong password: nothing counts toward the lock
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(0);

    // in time, the password itself is accepted (the holder must then change it / enrol)
    const inTime = await at(71 * HOUR);
    expect(inTime.ok).toBe(true);
  });

  it("remembers the outgoing password, so the holder cannot change back to it", async () => {
    const admin = await sysadmin();
    const user = await createTestUser("ORG_STAFF");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await resetAccountPassword(admin, { userId: user.id, version: before.version });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHistory[0]).toBe(before.passwordHash);
    expect(after.passwordHash).not.toBe(before.passwordHash);
  });
});

describe("re-enabling an account unused too long", () => {
  it("counts the 90 days again from the re-enabling: the next sweep leaves it, a sweep 91 days later disables it", async () => {
    const admin = await sysadmin();
    const user = await createTestUser("UNIT", {
      unitId: (await prisma.unit.create({ data: { code: `EN${Date.now()}`, name: "启用测试单位", type: "STREET" } }))
        .id,
    });
    const now = new Date();
    await prisma.user.update({ where: { id: user.id }, data: { createdAt: new Date(now.getTime() - 200 * DAY) } });
    expect(await disableInactiveAccounts(now, user.id)).toEqual([user.id]);

    await enableAccount(admin, { userId: user.id, version: await version(user.id) }, now);
    expect(await disableInactiveAccounts(new Date(now.getTime() + HOUR), user.id)).toEqual([]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();

    expect(await disableInactiveAccounts(new Date(now.getTime() + 91 * DAY), user.id)).toEqual([user.id]);
  });

  it("a disable by the 系统管理员 then an enable leaves the account usable for sign-in", async () => {
    const admin = await sysadmin();
    const user = await createTestUser("LEADER");
    await disableAccount(admin, { userId: user.id, version: await version(user.id), reason: "调离" });
    await enableAccount(admin, { userId: user.id, version: await version(user.id) });
    const r = await signIn({
      username: user.username,
      password: TEST_PASSWORD,
      ip: null,
      userAgent: "vitest",
      now: new Date(),
    });
    expect(r.ok).toBe(true);
  });
});

describe("the sign-in's audit rows", () => {
  it("carry the browser on a failure and on a success, and the new session's hash on a success", async () => {
    const user = await createTestUser("LEADER");
    const ua = "Mozilla/5.0 (X11; Linux x86_64) Chromium/140";
    await signIn({
      username: user.username,
      password: "Wrong-Password-1",
      ip: "10.9.0.2",
      userAgent: ua,
      now: new Date(),
    });
    const failed = await prisma.auditLog.findFirstOrThrow({ where: { objectId: user.id }, orderBy: { id: "desc" } });
    expect(failed).toMatchObject({ action: "auth.signin.failed", userAgent: ua, ip: "10.9.0.2" });

    const ok = await signIn({
      username: user.username,
      password: TEST_PASSWORD,
      ip: "10.9.0.2",
      userAgent: ua,
      now: new Date(),
    });
    if (!ok.ok) throw new Error(ok.message);
    const row = await prisma.auditLog.findFirstOrThrow({ where: { objectId: ok.sessionId } });
    expect(row).toMatchObject({ action: "auth.signin", userAgent: ua, sessionHash: auditSessionHash(ok.sessionId) });
  });
});
