import { beforeEach, describe, expect, it, vi } from "vitest";
import { encryptField } from "@/lib/crypto/field-cipher";
import { BAD_CREDENTIALS, signIn } from "@/lib/server/auth/sign-in";
import { MAX_FAILURES_PER_WINDOW, resetThrottle } from "@/lib/server/auth/throttle";
import { totpCode } from "@/lib/server/auth/totp";
import { resolveSession } from "@/lib/server/auth/sessions";
import { prisma } from "@/lib/server/db";
import { createTestUser, TEST_PASSWORD } from "../../support/users";

const T0 = new Date("2026-11-22T02:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const attempt = (username: string, password: string, now = T0, totp?: string) =>
  signIn({ username, password, totp, ip: "10.0.0.9", userAgent: "vitest", now });

beforeEach(() => resetThrottle());

describe("sign-in", () => {
  it("gives the same message for an unknown user and a wrong password, and audits both", async () => {
    const u = await createTestUser("ORG_STAFF");
    const before = await prisma.auditLog.count({ where: { action: "auth.signin.failed" } });
    const unknown = await attempt("no-such-user", TEST_PASSWORD);
    const wrong = await attempt(u.username, "Wrong-Password-1");
    expect(unknown).toEqual({ ok: false, message: BAD_CREDENTIALS });
    expect(wrong).toEqual({ ok: false, message: BAD_CREDENTIALS });
    expect(await prisma.auditLog.count({ where: { action: "auth.signin.failed" } })).toBe(before + 2);
  });

  it("succeeds with the right password, creates a session and writes one audit row", async () => {
    const u = await createTestUser("ORG_STAFF");
    const r = await attempt(u.username, TEST_PASSWORD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = await prisma.authSession.findUniqueOrThrow({ where: { id: r.sessionId } });
    expect(s.userId).toBe(u.id);
    expect(await prisma.auditLog.count({ where: { action: "auth.signin", objectId: r.sessionId } })).toBe(1);
  });

  it("locks after 5 failures for 15 minutes: locked at +0, still at +14:59, open at +15:01", async () => {
    const u = await createTestUser("ORG_STAFF");
    for (let i = 0; i < 4; i++) expect((await attempt(u.username, "nope-nope-nope")).ok).toBe(false);
    const fifth = await attempt(u.username, "nope-nope-nope");
    expect(fifth.ok || fifth.message).toContain("锁定");
    expect((await attempt(u.username, TEST_PASSWORD, at(14.98))).ok).toBe(false);
    expect((await attempt(u.username, TEST_PASSWORD, at(15.02))).ok).toBe(true);
  });

  it("keeps the failure count across an app restart (it lives in the database)", async () => {
    const u = await createTestUser("ORG_STAFF");
    for (let i = 0; i < 3; i++) await attempt(u.username, "nope-nope-nope");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: u.id } })).failedAttempts).toBe(3);
    // A fresh module graph stands for a restarted server process (in-memory state is gone).
    vi.resetModules();
    const fresh = await import("@/lib/server/auth/sign-in");
    const again = (pw: string) =>
      fresh.signIn({ username: u.username, password: pw, ip: "10.0.0.8", userAgent: null, now: T0 });
    await again("nope-nope-nope");
    const fifth = await again("nope-nope-nope");
    expect(fifth.ok).toBe(false);
    expect((await again(TEST_PASSWORD)).ok).toBe(false);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: u.id } })).lockedUntil).not.toBeNull();
  });

  it("requires TOTP for the org admin: missing, wrong and replayed codes fail; a fresh code passes", async () => {
    const secret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    const u = await createTestUser("ORG_ADMIN", { totpSecretCipher: encryptField(secret) });
    expect((await attempt(u.username, TEST_PASSWORD)).ok).toBe(false);
    const good = totpCode(secret, T0);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, "0");
    expect((await attempt(u.username, TEST_PASSWORD, T0, wrong)).ok).toBe(false);
    expect((await attempt(u.username, TEST_PASSWORD, T0, good)).ok).toBe(true);
    // the same code again, 10 seconds later, is a replay
    expect((await attempt(u.username, TEST_PASSWORD, new Date(T0.getTime() + 10_000), good)).ok).toBe(false);
    const next = at(1);
    expect((await attempt(u.username, TEST_PASSWORD, next, totpCode(secret, next))).ok).toBe(true);
  });

  it("lets an auditor with no second factor enrolled in with the password only, to enrol it before anything else", async () => {
    const u = await createTestUser("AUDITOR");
    const r = await attempt(u.username, TEST_PASSWORD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await resolveSession(r.sessionId, T0))?.mustEnrollTotp).toBe(true);
  });

  it("ignores a secret an administrator saw (totpEnrolledAt null): the holder still enrols", async () => {
    const secret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    const u = await createTestUser("ORG_ADMIN", { totpSecretCipher: encryptField(secret) });
    await prisma.user.update({ where: { id: u.id }, data: { totpEnrolledAt: null } });
    const r = await attempt(u.username, TEST_PASSWORD, T0, totpCode(secret, T0));
    expect(r.ok).toBe(true);
    if (r.ok) expect((await resolveSession(r.sessionId, T0))?.mustEnrollTotp).toBe(true);
  });

  it("refuses a disabled account with the generic message", async () => {
    const u = await createTestUser("LEADER");
    await prisma.user.update({ where: { id: u.id }, data: { disabledAt: T0 } });
    expect(await attempt(u.username, TEST_PASSWORD)).toEqual({ ok: false, message: BAD_CREDENTIALS });
  });

  it("throttles an address after 30 failures in 5 minutes (31st refused even with the right password), not another address, and free again after 5 minutes", async () => {
    const u = await createTestUser("ORG_STAFF");
    const from = (ip: string, password: string, now = T0) =>
      signIn({ username: u.username, password, ip, userAgent: "vitest", now });
    for (let i = 0; i < MAX_FAILURES_PER_WINDOW; i += 1) {
      const r = await signIn({ username: `nobody-${i}`, password: "x", ip: "10.0.0.66", userAgent: "vitest", now: T0 });
      expect(r).toEqual({ ok: false, message: BAD_CREDENTIALS });
    }
    expect(await from("10.0.0.66", TEST_PASSWORD)).toEqual({ ok: false, message: "登录尝试过于频繁，请稍后再试" });
    expect((await from("10.0.0.67", TEST_PASSWORD)).ok).toBe(true);
    expect((await from("10.0.0.66", TEST_PASSWORD, at(5.01))).ok).toBe(true);
  });

  it("does not count successful sign-ins: 35 people behind one NAT address all get in", async () => {
    const u = await createTestUser("ORG_STAFF");
    const results = [];
    for (let i = 0; i < 35; i += 1)
      results.push(
        await signIn({
          username: u.username,
          password: TEST_PASSWORD,
          ip: "10.0.0.80",
          userAgent: "vitest",
          now: at(i / 60),
        }),
      );
    expect(results.filter((r) => r.ok)).toHaveLength(35);
  });
});
