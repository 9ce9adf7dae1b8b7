// Issue 18, item 8: password and account lifecycle — the last 5 passwords, guessable words,
// accounts unused for 90 days (setting) disabled automatically, expiry dates, the password's
// maximum age from the settings, usernames unique case-insensitively in the database itself.
import { afterEach, describe, expect, it } from "vitest";
import { changePasswordAction } from "@/app/account/password/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { changeOwnPassword } from "@/lib/server/accounts/change-password";
import { disableInactiveAccounts, INACTIVE_DISABLED_REASON } from "@/lib/server/auth/inactive-accounts";
import { resolveSession } from "@/lib/server/auth/sessions";
import { BAD_CREDENTIALS, signIn } from "@/lib/server/auth/sign-in";
import { resetThrottle } from "@/lib/server/auth/throttle";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser, TEST_PASSWORD } from "../../support/users";

const DAY = 86_400_000;
const daysAgo = (n: number, from = new Date()) => new Date(from.getTime() - n * DAY);
const signInAt = (username: string, now = new Date(), password = TEST_PASSWORD) =>
  signIn({ username, password, ip: "10.8.0.1", userAgent: "vitest", now });
const errorsOf = (r: unknown, field: string) =>
  (r as { validationErrors?: Record<string, { _errors?: string[] }> })?.validationErrors?.[field]?._errors?.[0];

afterEach(async () => {
  await prisma.securitySettings.update({ where: { id: 1 }, data: { inactiveDisableDays: 90, passwordMaxAgeDays: 90 } });
  await resetThrottle();
});

async function signedIn() {
  const user = await createTestUser("ORG_STAFF");
  const r = await signInAt(user.username);
  if (!r.ok) throw new Error(r.message);
  return { user, actor: actorOf(user, { sessionId: r.sessionId }) };
}

describe("passwords", () => {
  it("refuses the system's, the district's and the department's names, in characters and pinyin", async () => {
    const { actor } = await signedIn();
    for (const bad of ["Miaopu-2026-abc", "QingHe#2026abcd", "区委组织部Abc12345", "ZUZHIBU-abc-2026"]) {
      const r = await runAs(actor, () =>
        changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: bad, confirmPassword: bad }),
      );
      expect(errorsOf(r, "newPassword"), bad).toContain("不能包含系统名称、地区名称或单位名称");
    }
  });

  it("refuses any of the last 5 passwords; the 6th back may be used again; the history keeps 4", async () => {
    const { user, actor } = await signedIn();
    const pw = (i: number) => `Spring-Field-${i}x!`;
    let current = TEST_PASSWORD;
    const change = (next: string) =>
      changeOwnPassword(actor, { currentPassword: current, newPassword: next, confirmPassword: next });
    for (let i = 1; i <= 4; i += 1) {
      await change(pw(i));
      current = pw(i);
    }
    // current pw(4); earlier pw(3), pw(2), pw(1), TEST_PASSWORD
    await expect(change(TEST_PASSWORD)).rejects.toThrow("最近 5 次");
    await expect(change(pw(2))).rejects.toThrow("最近 5 次");
    await change(pw(5));
    current = pw(5);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHistory).toHaveLength(4);
    await expect(change(pw(1))).rejects.toThrow("最近 5 次");
    await change(TEST_PASSWORD);
    const audits = await prisma.auditLog.count({ where: { action: "account.changePassword", objectId: user.id } });
    expect(audits).toBe(6);
  });

  it("takes the password's maximum age from the security settings", async () => {
    const { user, actor } = await signedIn();
    await prisma.user.update({ where: { id: user.id }, data: { passwordChangedAt: daysAgo(40) } });
    expect((await resolveSession(actor.sessionId, new Date()))?.mustChangePassword).toBe(false);
    await prisma.securitySettings.update({ where: { id: 1 }, data: { passwordMaxAgeDays: 30 } });
    expect((await resolveSession(actor.sessionId, new Date()))?.mustChangePassword).toBe(true);
  });
});

describe("accounts unused too long", () => {
  it("disableInactiveAccounts: one sweep disables the unused ones (from the last sign-in, or the creation), audited without an actor", async () => {
    const now = new Date();
    const neverUsed = await createTestUser("LEADER");
    const unusedSince = await createTestUser("ORG_STAFF");
    const recent = await createTestUser("ORG_STAFF");
    const newButNever = await createTestUser("ORG_STAFF");
    await prisma.user.update({ where: { id: neverUsed.id }, data: { createdAt: daysAgo(200, now) } });
    await prisma.user.update({
      where: { id: unusedSince.id },
      data: { createdAt: daysAgo(400, now), lastSignInAt: daysAgo(91, now) },
    });
    await prisma.user.update({
      where: { id: recent.id },
      data: { createdAt: daysAgo(400, now), lastSignInAt: daysAgo(89, now) },
    });
    const disabled = await disableInactiveAccounts(now);
    const mine = [neverUsed.id, unusedSince.id, recent.id, newButNever.id];
    expect(disabled.filter((id) => mine.includes(id)).sort()).toEqual([neverUsed.id, unusedSince.id].sort());
    for (const id of [neverUsed.id, unusedSince.id]) {
      const u = await prisma.user.findUniqueOrThrow({ where: { id } });
      expect(u).toMatchObject({ disabledReason: INACTIVE_DISABLED_REASON, sessionEpoch: 1 });
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.autoDisable", objectId: id } });
      expect(audit).toMatchObject({ userId: null, result: "SUCCESS" });
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: recent.id } })).disabledAt).toBeNull();
    // a second sweep finds nothing more of these
    expect((await disableInactiveAccounts(now)).filter((id) => mine.includes(id))).toEqual([]);
  });

  it("sign-in refuses (and disables) an account unused longer than the setting, with the generic message", async () => {
    const user = await createTestUser("ORG_STAFF");
    // an account opened 30 days ago (unused counts from the latest of creation, last sign-in, re-enabling)
    await prisma.user.update({ where: { id: user.id }, data: { createdAt: daysAgo(30), lastSignInAt: daysAgo(20) } });
    expect((await signInAt(user.username)).ok).toBe(true); // 20 days < 90
    await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: daysAgo(20) } });
    await prisma.securitySettings.update({ where: { id: 1 }, data: { inactiveDisableDays: 14 } });
    expect(await signInAt(user.username)).toEqual({ ok: false, message: BAD_CREDENTIALS });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledReason).toBe(
      INACTIVE_DISABLED_REASON,
    );
  });
});

describe("expiry dates", () => {
  it("an account past its expiry cannot sign in (generic message) and its sessions end", async () => {
    const { user, actor } = await signedIn();
    const now = new Date();
    await prisma.user.update({ where: { id: user.id }, data: { expiresAt: new Date(now.getTime() + 60_000) } });
    expect(await resolveSession(actor.sessionId, now)).not.toBeNull();
    const later = new Date(now.getTime() + 120_000);
    expect(await resolveSession(actor.sessionId, later)).toBeNull();
    expect(await signInAt(user.username, later)).toEqual({ ok: false, message: BAD_CREDENTIALS });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "auth.signin.failed", objectId: user.id },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ reason: "expired" });
  });
});

describe("usernames", () => {
  it("are unique case-insensitively in the database itself: 'Zhang' beside 'zhang' fails", async () => {
    const base = { displayName: "张", passwordHash: "x", role: "LEADER" as const };
    await prisma.user.create({ data: { ...base, username: "zhang" } });
    await expect(prisma.user.create({ data: { ...base, username: "Zhang" } })).rejects.toThrow();
    expect(await prisma.user.count({ where: { username: { in: ["zhang", "Zhang"] } } })).toBe(1);
  });

  it("sign in whatever the case typed", async () => {
    const user = await createTestUser("ORG_STAFF");
    expect((await signInAt(user.username.toUpperCase())).ok).toBe(true);
  });
});
