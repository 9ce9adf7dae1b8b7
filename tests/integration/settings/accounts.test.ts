import { describe, expect, it } from "vitest";
import {
  createAccountAction,
  disableAccountAction,
  enableAccountAction,
  grantAccessAction,
  resetPasswordAction,
  setExpiryAction,
} from "@/app/(app)/settings/accounts/actions";
import { oneTimePasswordExpired, ONE_TIME_PASSWORD_VALID_HOURS } from "@/lib/auth/one-time-password";
import { runAs } from "@/lib/server/auth/actor-context";
import { verifyPassword } from "@/lib/server/auth/passwords";
import { resolveSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser, TEST_PASSWORD } from "../../support/users";

// The 系统管理员's part of 三员分立: accounts without a role, system one-time passwords, status
// and expiry. (The 安全管理员's part: access-grants.test.ts; the walk-arounds:
// separation-of-duties.test.ts.)
async function admin() {
  return actorOf(await createTestUser("SYS_ADMIN"));
}

async function signedIn() {
  const user = await createTestUser("ORG_STAFF");
  const r = await signIn({
    username: user.username,
    password: TEST_PASSWORD,
    ip: null,
    userAgent: null,
    now: new Date(),
  });
  if (!r.ok) throw new Error(r.message);
  return { user, sid: r.sessionId };
}

const errorsOf = (r: unknown, field: string) =>
  (r as { validationErrors?: Record<string, { _errors?: string[] }> })?.validationErrors?.[field]?._errors?.[0];

describe("account administration (SYS_ADMIN)", () => {
  it("creates an account with no role, no unit, the lowest clearance and no second factor; a one-time password for the holder, valid 72 hours, audited without it", async () => {
    const sys = await admin();
    const r = await runAs(sys, () =>
      createAccountAction({ username: "Street_Party1", displayName: "测试街道党工委", expiresOn: "" }),
    );
    const notice = r?.data?.notice;
    expect(notice?.oneTimePassword).toMatch(/^.{16}$/);
    expect(JSON.stringify(r?.data)).not.toMatch(/totp|otpauth|secret/i);
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "street_party1" } });
    expect(user).toMatchObject({
      role: null,
      unitId: null,
      clearance: "GENERAL",
      mustChangePassword: true,
      totpSecretCipher: null,
      totpPendingCipher: null,
      totpEnrolledAt: null,
      expiresAt: null,
    });
    expect(await verifyPassword(user.passwordHash, notice!.oneTimePassword)).toBe(true);
    expect(notice!.validUntil.getTime() - notice!.issuedAt.getTime()).toBe(ONE_TIME_PASSWORD_VALID_HOURS * 3600_000);
    expect(oneTimePasswordExpired(user, new Date(user.passwordChangedAt.getTime() + 71 * 3600_000))).toBe(false);
    expect(oneTimePasswordExpired(user, new Date(user.passwordChangedAt.getTime() + 72 * 3600_000))).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.create", objectId: user.id } });
    expect(audit.userId).toBe(sys.userId);
    expect(JSON.stringify(audit.diff)).not.toContain(notice!.oneTimePassword);

    // until the 安全管理员 grants a role, the holder cannot sign in
    const s = await signIn({
      username: user.username,
      password: notice!.oneTimePassword,
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    expect(s).toEqual({ ok: false, message: "该账号尚未授予角色，请联系安全管理员" });
  });

  it("takes an expiry date at creation (the end of that day in China) and refuses one already past beside the field", async () => {
    const sys = await admin();
    const r = await runAs(sys, () =>
      createAccountAction({ username: "temp.staff", displayName: "借调人员", expiresOn: "2099-06-30" }),
    );
    expect(r?.data?.id).toBeTruthy();
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "temp.staff" } });
    expect(user.expiresAt?.toISOString()).toBe("2099-06-30T16:00:00.000Z");
    const past = await runAs(sys, () =>
      createAccountAction({ username: "late.one", displayName: "过期", expiresOn: "2020-01-01" }),
    );
    expect(errorsOf(past, "expiresOn")).toBe("到期日须晚于今天");
    const bad = await runAs(sys, () =>
      createAccountAction({ username: "late.two", displayName: "错日", expiresOn: "2099-02-30" }),
    );
    expect(errorsOf(bad, "expiresOn")).toContain("不是有效日期");
    expect(await prisma.user.count({ where: { username: { in: ["late.one", "late.two"] } } })).toBe(0);
  });

  it("changes and clears the expiry date, audited, version-checked", async () => {
    const sys = await admin();
    const user = await createTestUser("LEADER");
    const r = await runAs(sys, () =>
      setExpiryAction({ userId: user.id, version: user.version, expiresOn: "2099-12-31" }),
    );
    expect(r?.data).toEqual({ ok: true });
    const stale = await runAs(sys, () => setExpiryAction({ userId: user.id, version: user.version, expiresOn: "" }));
    expect(stale?.serverError).toBe("该记录已被他人修改，请刷新页面核对后再操作");
    await runAs(sys, () => setExpiryAction({ userId: user.id, version: user.version + 1, expiresOn: "" }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).expiresAt).toBeNull();
    const rows = await prisma.auditLog.findMany({
      where: { action: "account.expiry", objectId: user.id },
      orderBy: { id: "asc" },
    });
    expect(rows.map((a) => (a.diff as { expiresAt: { to: string | null } }).expiresAt.to)).toEqual([
      "2099-12-31T16:00:00.000Z",
      null,
    ]);
  });

  it("refuses a duplicate username (any letter case) beside the field", async () => {
    const sys = await admin();
    const existing = await createTestUser("LEADER");
    const r = await runAs(sys, () =>
      createAccountAction({ username: existing.username.toUpperCase(), displayName: "重名", expiresOn: "" }),
    );
    expect(errorsOf(r, "username")).toBe("该用户名已被使用，请换一个");
    expect(await prisma.user.count({ where: { displayName: "重名" } })).toBe(0);
  });

  it("disabling records the reason and ends the user's sessions; enabling lets them sign in again", async () => {
    const sys = await admin();
    const { user, sid } = await signedIn();
    const r = await runAs(sys, () => disableAccountAction({ userId: user.id, version: user.version, reason: "调离" }));
    expect(r?.data).toEqual({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ disabledReason: "调离" });
    expect(await resolveSession(sid, new Date())).toBeNull();
    const again = () =>
      signIn({ username: user.username, password: TEST_PASSWORD, ip: null, userAgent: null, now: new Date() });
    expect((await again()).ok).toBe(false);
    await runAs(sys, () => enableAccountAction({ userId: user.id, version: user.version + 1 }));
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      disabledAt: null,
      disabledReason: null,
    });
    expect((await again()).ok).toBe(true);
    const actions = await prisma.auditLog.findMany({
      where: { objectId: user.id, action: { startsWith: "account." } },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["account.disable", "account.enable"]);
  });

  it("resets a password to a new system one-time password that must be changed, ends sessions and leaves the second factor alone", async () => {
    const sys = await admin();
    const { user, sid } = await signedIn();
    const r = await runAs(sys, () => resetPasswordAction({ userId: user.id, version: user.version }));
    const password = r?.data?.notice.oneTimePassword;
    expect(password).toMatch(/^.{16}$/);
    expect(await resolveSession(sid, new Date())).toBeNull();
    const s = await signIn({
      username: user.username,
      password: password!,
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    expect(s.ok).toBe(true);
    if (s.ok) expect((await resolveSession(s.sessionId, new Date()))?.mustChangePassword).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "account.resetPassword", objectId: user.id },
    });
    expect(JSON.stringify(audit.diff)).not.toContain(password!);
  });

  it("keeps the last active holder of an administrator role: the only auditor cannot be disabled", async () => {
    const sys = await admin();
    await prisma.user.updateMany({ where: { role: "AUDITOR", disabledAt: null }, data: { disabledAt: new Date() } });
    const auditor = await createTestUser("AUDITOR");
    const r = await runAs(sys, () =>
      disableAccountAction({ userId: auditor.id, version: auditor.version, reason: "" }),
    );
    expect(r?.serverError).toBe("这是唯一在用的安全审计员账号，不能停用；请先为另一账号授予该角色");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: auditor.id } })).disabledAt).toBeNull();
    await createTestUser("AUDITOR");
    const ok = await runAs(sys, () =>
      disableAccountAction({ userId: auditor.id, version: auditor.version, reason: "" }),
    );
    expect(ok?.data).toEqual({ ok: true });
  });

  it("is refused to the security administrator and to an organization administrator", async () => {
    for (const role of ["SECURITY_ADMIN", "ORG_ADMIN"] as const) {
      const actor = actorOf(await createTestUser(role));
      const r = await runAs(actor, () =>
        createAccountAction({ username: `sneaky${role.length}`, displayName: "越权", expiresOn: "" }),
      );
      expect(r?.serverError, role).toBe("您没有执行此操作的权限");
    }
    expect(await prisma.user.count({ where: { username: { startsWith: "sneaky" } } })).toBe(0);
  });

  it("the grant action is not the system administrator's", async () => {
    const sys = await admin();
    const user = await createTestUser("LEADER");
    const r = await runAs(sys, () =>
      grantAccessAction({
        userId: user.id,
        version: user.version,
        role: "ORG_STAFF",
        unitId: "",
        clearance: "GENERAL",
      }),
    );
    expect(r?.serverError).toBe("您没有执行此操作的权限");
  });
});
