// Issue 18, items 2 and 3: every role that reads personal data signs in with a second factor
// (a policy setting, on by default), and the holder — never an administrator — enrols it at the
// first sign-in. Until then the session can do nothing but enrol (or change the password first).
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { enrolSecondFactorAction } from "@/app/account/second-factor/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import { runAs } from "@/lib/server/auth/actor-context";
import { requireActor } from "@/lib/server/auth/current-actor";
import { pendingEnrolment } from "@/lib/server/auth/enrol-second-factor";
import { resolveSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { resetThrottle } from "@/lib/server/auth/throttle";
import { totpCode } from "@/lib/server/auth/totp";
import { decryptTotpSecret } from "@/lib/server/auth/totp-secret";
import { secondFactorRequired } from "@/lib/server/auth/totp-policy";
import { guardRequest } from "@/lib/server/import/http";
import { prisma } from "@/lib/server/db";
import { ACTION_MATRIX } from "../authz/action-matrix";
import { actorOf, createTestUnit, createTestUser, TEST_PASSWORD } from "../../support/users";

const FORBIDDEN = "您没有执行此操作的权限";
const ALL_ROLES: Role[] = ["SYS_ADMIN", "SECURITY_ADMIN", "AUDITOR", "ORG_ADMIN", "ORG_STAFF", "UNIT", "LEADER"];
const setReadersPolicy = (on: boolean) =>
  prisma.securitySettings.update({ where: { id: 1 }, data: { totpForReaders: on } });

const signInNow = (username: string, totp?: string, now = new Date()) =>
  signIn({ username, password: TEST_PASSWORD, totp, ip: "10.3.0.1", userAgent: "vitest", now });

async function signedInEnrolling(role: Role = "ORG_STAFF") {
  const user = await createTestUser(role);
  const r = await signInNow(user.username);
  if (!r.ok) throw new Error(r.message);
  const actor = await resolveSession(r.sessionId, new Date(), "10.3.0.1");
  if (!actor) throw new Error("no session");
  return { user, actor };
}

/** The digest of the redirect thrown by next/navigation's redirect(). */
async function redirectOf(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (e) {
    return String((e as { digest?: string }).digest ?? e);
  }
}

afterEach(async () => {
  await setReadersPolicy(true);
  await resetThrottle();
});

describe("which roles need a second factor", () => {
  it("the administrators and ORG_ADMIN always; ORG_STAFF, UNIT and LEADER while the policy is on (the default)", async () => {
    const on = { totpForReaders: true };
    const off = { totpForReaders: false };
    for (const role of ALL_ROLES) expect(await secondFactorRequired(role, on), role).toBe(true);
    const withoutReaders = await Promise.all(ALL_ROLES.map((r) => secondFactorRequired(r, off)));
    expect(Object.fromEntries(ALL_ROLES.map((r, i) => [r, withoutReaders[i]]))).toEqual({
      SYS_ADMIN: true,
      SECURITY_ADMIN: true,
      AUDITOR: true,
      ORG_ADMIN: true,
      ORG_STAFF: false,
      UNIT: false,
      LEADER: false,
    });
    expect((await prisma.securitySettings.findUniqueOrThrow({ where: { id: 1 } })).totpForReaders).toBe(true);
    expect(await secondFactorRequired("LEADER")).toBe(true);
  });

  it("an ORG_STAFF account without a second factor must enrol one; not when the policy is off", async () => {
    const { actor } = await signedInEnrolling("ORG_STAFF");
    expect(actor.mustEnrollTotp).toBe(true);
    await setReadersPolicy(false);
    expect((await resolveSession(actor.sessionId, new Date()))?.mustEnrollTotp).toBe(false);
  });
});

describe("until the holder has enrolled", () => {
  it("pages send them to /account/second-factor (after a forced password change, if due)", async () => {
    const { actor } = await signedInEnrolling();
    expect(await redirectOf(() => runAs(actor, () => requireActor()))).toContain("/account/second-factor");
    expect(await redirectOf(() => runAs(actor, () => requireActor({ allowEnrolment: true })))).toBeNull();
    const both = { ...actor, mustChangePassword: true };
    expect(await redirectOf(() => runAs(both, () => requireActor({ allowEnrolment: true })))).toContain(
      "/account/password",
    );
  });

  it("every server action is refused (and audited) except enrolling and changing the password", async () => {
    const admin = await createTestUser("ORG_ADMIN");
    const actor = actorOf(admin, { mustEnrollTotp: true });
    const allowed = new Set([
      "app/account/password/actions.ts#changePasswordAction",
      "app/account/second-factor/actions.ts#enrolSecondFactorAction",
    ]);
    for (const key of Object.keys(ACTION_MATRIX)) {
      const [file, name] = key.split("#");
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<
        string,
        (i: unknown) => Promise<unknown>
      >;
      const r = (await runAs(actor, () => mod[name]({}))) as { serverError?: string } | undefined;
      expect(r?.serverError === FORBIDDEN, key).toBe(!allowed.has(key));
    }
    expect(await prisma.auditLog.count({ where: { userId: admin.id, result: "DENIED" } })).toBe(
      Object.keys(ACTION_MATRIX).length - allowed.size,
    );
  });

  it("exports and imports (route handlers) answer 404", async () => {
    const { actor } = await signedInEnrolling("ORG_STAFF");
    const r = await runAs(actor, () =>
      guardRequest(new Request("http://x/cadres/export"), "export.roster", "cadre", "read"),
    );
    expect(r instanceof Response && r.status).toBe(404);
  });
});

describe("enrolment by the holder", () => {
  it("shows a pending secret (stable on reload, stored encrypted), confirms it with a code, gives 10 recovery codes once, and audits without the secret", async () => {
    const { user, actor } = await signedInEnrolling("LEADER");
    const first = await runAs(actor, () => pendingEnrolment(actor));
    const again = await runAs(actor, () => pendingEnrolment(actor));
    expect(again.secret).toBe(first.secret);
    expect(first.uri).toContain("otpauth://totp/");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpPendingCipher).not.toContain(first.secret);
    expect(decryptTotpSecret(stored.totpPendingCipher!)).toBe(first.secret);

    const wrong = String((Number(totpCode(first.secret, new Date())) + 1) % 1_000_000).padStart(6, "0");
    const refused = await runAs(actor, () => enrolSecondFactorAction({ code: wrong }));
    expect(refused?.validationErrors).toHaveProperty("code");

    const ok = await runAs(actor, () => enrolSecondFactorAction({ code: totpCode(first.secret, new Date()) }));
    const codes = ok?.data?.recoveryCodes ?? [];
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(new Set(codes).size).toBe(10);

    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.totpEnrolledAt).not.toBeNull();
    expect(after.totpPendingCipher).toBeNull();
    expect(decryptTotpSecret(after.totpSecretCipher!)).toBe(first.secret);
    expect(after.recoveryCodeHashes).toHaveLength(10);
    for (const c of codes) expect(after.recoveryCodeHashes.join()).not.toContain(c.replace("-", ""));
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "account.enrollTotp", objectId: user.id },
    });
    expect(audit.userId).toBe(user.id);
    expect(JSON.stringify(audit.diff)).not.toContain(first.secret);
    expect((await resolveSession(actor.sessionId, new Date()))?.mustEnrollTotp).toBe(false);

    // enrolled: a second enrolment is refused, and signing in now asks for the code
    expect((await runAs(actor, () => enrolSecondFactorAction({ code: "123456" })))?.serverError).toContain("已绑定");
    const t1 = new Date(Date.now() + 60_000);
    expect((await signInNow(user.username, undefined, t1)).ok).toBe(false);
    expect((await signInNow(user.username, totpCode(first.secret, t1), t1)).ok).toBe(true);

    // a recovery code works once, typed in any case; a wrong one counts as a failure
    const t2 = new Date(Date.now() + 120_000);
    expect((await signInNow(user.username, codes[3].toUpperCase(), t2)).ok).toBe(true);
    // used up, it is just a wrong code now (only a parallel use of it is a replay)
    expect((await signInNow(user.username, codes[3], t2)).ok).toBe(false);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(1);
    expect((await signInNow(user.username, "zzzz-zzzz", t2)).ok).toBe(false);
    const final = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(final.failedAttempts).toBe(2);
    expect(final.recoveryCodeHashes).toHaveLength(9);
  });

  it("an account enrolled with a secret beforehand (demo, migrated) signs in as before, without enrolling", async () => {
    const { encryptField } = await import("@/lib/crypto/field-cipher");
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const unit = await createTestUnit();
    const user = await createTestUser("UNIT", { unitId: unit.id, totpSecretCipher: encryptField(secret) });
    expect((await signInNow(user.username)).ok).toBe(false);
    const r = await signInNow(user.username, totpCode(secret, new Date()));
    expect(r.ok).toBe(true);
    if (r.ok) expect((await resolveSession(r.sessionId, new Date()))?.mustEnrollTotp).toBe(false);
  });
});
