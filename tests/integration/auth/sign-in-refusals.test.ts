// Issue 18, items 1, 5 and 6 at the sign-in form: the lock message tells nothing about whether
// an account exists, throttled attempts are audited, attempts are throttled per account as well
// as per address, and a username typed for no account is stored only as a keyed hash.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { BAD_CREDENTIALS, LOCKED, signIn, THROTTLED } from "@/lib/server/auth/sign-in";
import { MAX_ACCOUNT_FAILURES_PER_WINDOW, MAX_FAILURES_PER_WINDOW, resetThrottle } from "@/lib/server/auth/throttle";
import { resetUnknownUserLocks } from "@/lib/server/auth/unknown-user-lock";
import { prisma } from "@/lib/server/db";
import { createTestUser, TEST_PASSWORD } from "../../support/users";

const T0 = new Date("2026-11-22T05:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const attempt = (username: string, password: string, ip = "10.5.0.1", now = T0) =>
  signIn({ username, password, ip, userAgent: "vitest", now });
const lastFailure = () =>
  prisma.auditLog.findFirstOrThrow({ where: { action: "auth.signin.failed" }, orderBy: { id: "desc" } });

beforeEach(async () => {
  await resetThrottle();
  await resetUnknownUserLocks();
});

describe("the lock message reveals nothing about accounts", () => {
  it("an unknown username answers exactly like an account: 4 × bad credentials, then the lock message for 15 minutes", async () => {
    const real = await createTestUser("ORG_STAFF");
    const answers = async (username: string) => {
      const out: string[] = [];
      for (const m of [0, 1, 2, 3, 4, 5, 14.9]) {
        const r = await attempt(username, "Wrong-Password-7", "10.5.0.1", at(m));
        out.push(r.ok ? "ok" : r.message);
      }
      return out;
    };
    const expected = [...Array(4).fill(BAD_CREDENTIALS), LOCKED, LOCKED, LOCKED];
    expect(await answers(real.username)).toEqual(expected);
    expect(await answers("no_such_person")).toEqual(expected);
    // and both open again after 15 minutes
    expect((await attempt("no_such_person", "x", "10.5.0.1", at(4 + 15.1))).ok || "refused").toBe("refused");
    expect((await attempt(real.username, TEST_PASSWORD, "10.5.0.1", at(4 + 15.1))).ok).toBe(true);
  });

  it("an unknown name's lock is shared by every process: 3 failures here and 2 in a process loaded afresh lock it (5), stored as a keyed hash", async () => {
    for (const m of [0, 1, 2]) await attempt("nobody_shared", "Wrong-Password-7", "10.5.0.2", at(m));
    vi.resetModules();
    const other = await import("@/lib/server/auth/sign-in");
    const again = (m: number) =>
      other.signIn({ username: "nobody_shared", password: "x", ip: "10.5.0.3", userAgent: "vitest", now: at(m) });
    expect(await again(3)).toEqual({ ok: false, message: BAD_CREDENTIALS });
    expect(await again(4)).toEqual({ ok: false, message: LOCKED });
    expect(await again(5)).toEqual({ ok: false, message: LOCKED });
    const rows = await prisma.$queryRaw<{ keyHash: string }[]>`SELECT "keyHash" FROM "UnknownUserLock"`;
    expect(rows).toHaveLength(1);
    expect(rows[0].keyHash).not.toContain("nobody");
  });

  it("a disabled account locks the same way", async () => {
    const u = await createTestUser("LEADER");
    await prisma.user.update({ where: { id: u.id }, data: { disabledAt: T0 } });
    for (let i = 0; i < 4; i += 1)
      expect(await attempt(u.username, TEST_PASSWORD)).toEqual({ ok: false, message: BAD_CREDENTIALS });
    expect(await attempt(u.username, TEST_PASSWORD)).toEqual({ ok: false, message: LOCKED });
  });
});

describe("what a failed sign-in records", () => {
  it("stores the typed username only when the account exists; otherwise a keyed hash, never the text", async () => {
    const u = await createTestUser("ORG_STAFF");
    await attempt(u.username, "Wrong-Password-7");
    expect((await lastFailure()).diff).toMatchObject({ username: u.username, reason: "wrong-password" });
    const typed = "MySecretPassw0rd-typed-as-name";
    await attempt(typed, "whatever");
    const row = await lastFailure();
    expect(JSON.stringify(row.diff)).not.toContain("MySecret");
    expect(row.diff).toMatchObject({ reason: "unknown-user", username: expect.stringMatching(/^hmac:[0-9a-f]{32}$/) });
    await attempt(typed.toUpperCase(), "whatever");
    expect((await lastFailure()).diff).toMatchObject({ username: (row.diff as { username: string }).username });
  });

  it("throttles an address after 30 failures and audits the throttled attempt", async () => {
    const u = await createTestUser("ORG_STAFF");
    for (let i = 0; i < MAX_FAILURES_PER_WINDOW; i += 1) await attempt(`nobody_${i}`, "x", "10.5.9.9");
    expect(await attempt(u.username, TEST_PASSWORD, "10.5.9.9")).toEqual({ ok: false, message: THROTTLED });
    expect(await lastFailure()).toMatchObject({
      result: "FAILURE",
      objectId: u.id,
      ip: "10.5.9.9",
      diff: { reason: "throttled", limit: "address" },
    });
  });

  it("throttles one username after 10 failures in 5 minutes from any addresses, audited; free again after 5 minutes", async () => {
    const name = "target_of_many";
    for (let i = 0; i < MAX_ACCOUNT_FAILURES_PER_WINDOW; i += 1) await attempt(name, "x", `10.6.0.${i}`);
    expect(await attempt(name, "x", "10.6.1.1")).toEqual({ ok: false, message: THROTTLED });
    expect((await lastFailure()).diff).toMatchObject({ reason: "throttled", limit: "account" });
    const u = await createTestUser("ORG_STAFF");
    for (let i = 0; i < MAX_ACCOUNT_FAILURES_PER_WINDOW; i += 1)
      await attempt(u.username, "x", `10.7.0.${i}`, at(i / 10));
    expect(await attempt(u.username, TEST_PASSWORD, "10.7.1.1", at(1.5))).toEqual({ ok: false, message: THROTTLED });
    expect(await attempt(u.username.toUpperCase(), TEST_PASSWORD, "10.7.1.1", at(1.5))).toEqual({
      ok: false,
      message: THROTTLED,
    });
    // 5 minutes after the last failure the throttle has passed; the account's lock (set at the
    // 5th failure, 15 minutes) still holds
    expect(await attempt(u.username, TEST_PASSWORD, "10.7.1.1", at(6))).toEqual({ ok: false, message: LOCKED });
    expect((await attempt(u.username, TEST_PASSWORD, "10.7.1.1", at(16))).ok).toBe(true);
  });
});
