import { describe, expect, it } from "vitest";
import {
  createAccountAction,
  grantAccessAction,
  resetPasswordAction,
  resetTotpAction,
  setRecusalAction,
} from "@/app/(app)/settings/accounts/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { signIn } from "@/lib/server/auth/sign-in";
import { newTotpSecret, totpCode } from "@/lib/server/auth/totp";
import { encryptTotpSecret } from "@/lib/server/auth/totp-secret";
import { searchAuditLog } from "@/lib/server/audit-log/search-audit-log";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

// Issue 18 item 2, tried as the assessor did: one 系统管理员 alone created an AUDITOR account,
// was shown its TOTP secret and read the audit log; reset the real auditor's password and got in.
const FORBIDDEN = "您没有执行此操作的权限";

describe("三员分立 cannot be walked around by the system administrator", () => {
  it("a SYS_ADMIN cannot grant a role, set a unit or a clearance, reset a second factor, register a recusal or read the audit log", async () => {
    const sys = actorOf(await createTestUser("SYS_ADMIN"));
    const unit = await createTestUnit();
    const created = await runAs(sys, () =>
      createAccountAction({ username: "would.be.auditor", displayName: "审计员乙", expiresOn: "" }),
    );
    const id = created!.data!.id;
    const grant = (role: "AUDITOR" | "UNIT", unitId: string, clearance: "GENERAL" | "HIGHLY_SENSITIVE") =>
      runAs(sys, () => grantAccessAction({ userId: id, version: 1, role, unitId, clearance }));
    expect((await grant("AUDITOR", "", "GENERAL"))?.serverError).toBe(FORBIDDEN);
    expect((await grant("UNIT", unit.id, "HIGHLY_SENSITIVE"))?.serverError).toBe(FORBIDDEN);
    expect((await runAs(sys, () => resetTotpAction({ userId: id, version: 1 })))?.serverError).toBe(FORBIDDEN);
    expect((await runAs(sys, () => setRecusalAction({ userId: id, version: 1, idNumbers: "" })))?.serverError).toBe(
      FORBIDDEN,
    );
    await expect(searchAuditLog(sys, {} as never)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      role: null,
      unitId: null,
      clearance: "GENERAL",
      version: 1,
    });
    // each refusal is in the log, as the 安全审计员 will see it
    const denied = await prisma.auditLog.findMany({
      where: { userId: sys.userId, result: "DENIED" },
      select: { action: true },
    });
    expect(denied.map((d) => d.action)).toEqual(
      expect.arrayContaining(["account.grant", "account.grant", "account.resetTotp", "account.recusal"]),
    );
  });

  it("creating an account shows the SYS_ADMIN no TOTP secret, and none is stored", async () => {
    const sys = actorOf(await createTestUser("SYS_ADMIN"));
    const r = await runAs(sys, () =>
      createAccountAction({ username: "no.secret.here", displayName: "新账号", expiresOn: "" }),
    );
    expect(Object.keys(r!.data!.notice).sort()).toEqual([
      "displayName",
      "issuedAt",
      "oneTimePassword",
      "username",
      "validUntil",
    ]);
    expect(JSON.stringify(r)).not.toMatch(/otpauth|[A-Z2-7]{32}/);
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "no.secret.here" } });
    expect([user.totpSecretCipher, user.totpPendingCipher, user.totpEnrolledAt]).toEqual([null, null, null]);
  });

  it("walk-around: after a SYS_ADMIN resets the password of a TOTP-enrolled auditor, signing in with the new password alone is refused (the holder's second factor still stands)", async () => {
    const sys = actorOf(await createTestUser("SYS_ADMIN"));
    const secret = newTotpSecret();
    const auditor = await createTestUser("AUDITOR", { totpSecretCipher: encryptTotpSecret(secret) });
    const r = await runAs(sys, () => resetPasswordAction({ userId: auditor.id, version: auditor.version }));
    const password = r!.data!.notice.oneTimePassword;
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: auditor.id } });
    expect(stored.totpSecretCipher).toBe(auditor.totpSecretCipher);
    expect(stored.totpEnrolledAt).toEqual(auditor.totpEnrolledAt);

    const now = new Date();
    const alone = await signIn({ username: auditor.username, password, ip: null, userAgent: null, now });
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.message).toContain("动态口令");
    const guessed = await signIn({
      username: auditor.username,
      password,
      totp: "000000",
      ip: null,
      userAgent: null,
      now,
    });
    expect(guessed.ok).toBe(false);
    // the holder, with the authenticator only they hold, still gets in
    const holder = await signIn({
      username: auditor.username,
      password,
      totp: totpCode(secret, now),
      ip: null,
      userAgent: null,
      now,
    });
    expect(holder.ok).toBe(true);
  });

  it("the SECURITY_ADMIN who resets a second factor is shown no secret and cannot create accounts or reset passwords", async () => {
    const sec = actorOf(await createTestUser("SECURITY_ADMIN"));
    const user = await createTestUser("ORG_STAFF", { totpSecretCipher: encryptTotpSecret(newTotpSecret()) });
    const r = await runAs(sec, () => resetTotpAction({ userId: user.id, version: user.version }));
    expect(r?.data).toEqual({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpSecretCipher: null,
      totpPendingCipher: null,
      totpEnrolledAt: null,
      totpLastStep: null,
      recoveryCodeHashes: [],
      sessionEpoch: user.sessionEpoch + 1,
    });
    const create = await runAs(sec, () =>
      createAccountAction({ username: "sec.made", displayName: "越权", expiresOn: "" }),
    );
    expect(create?.serverError).toBe(FORBIDDEN);
    const reset = await runAs(sec, () => resetPasswordAction({ userId: user.id, version: user.version + 1 }));
    expect(reset?.serverError).toBe(FORBIDDEN);
    expect(await prisma.user.count({ where: { username: "sec.made" } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });
});
