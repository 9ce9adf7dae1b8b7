import { describe, expect, it } from "vitest";
import {
  createAccountAction,
  disableAccountAction,
  grantAccessAction,
  resetPasswordAction,
  resetTotpAction,
  setExpiryAction,
} from "@/app/(app)/settings/accounts/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { resolveSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUnit, createTestUser, TEST_PASSWORD } from "../../support/users";

// The 安全管理员's part of 三员分立: role, unit scope and clearance; and that no administrator
// acts on their own account (refused, and a DENIED row written).
const errorsOf = (r: unknown, field: string) =>
  (r as { validationErrors?: Record<string, { _errors?: string[] }> })?.validationErrors?.[field]?._errors?.[0];

async function newAccount(username: string) {
  const sys = actorOf(await createTestUser("SYS_ADMIN"));
  const r = await runAs(sys, () => createAccountAction({ username, displayName: "新同志", expiresOn: "" }));
  return { id: r!.data!.id, password: r!.data!.notice.oneTimePassword };
}

describe("grants by the security administrator", () => {
  it("grants ORG_STAFF and a clearance to a new account, audited; its holder may then sign in with the one-time password", async () => {
    const sec = actorOf(await createTestUser("SECURITY_ADMIN"));
    const { id, password } = await newAccount("new.staff");
    const r = await runAs(sec, () =>
      grantAccessAction({ userId: id, version: 1, role: "ORG_STAFF", unitId: "", clearance: "SENSITIVE" }),
    );
    expect(r?.data).toEqual({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      role: "ORG_STAFF",
      unitId: null,
      clearance: "SENSITIVE",
      totpSecretCipher: null,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.grant", objectId: id } });
    expect(audit).toMatchObject({ userId: sec.userId, result: "SUCCESS" });
    expect(audit.diff).toMatchObject({
      role: { from: null, to: "ORG_STAFF" },
      clearance: { from: "GENERAL", to: "SENSITIVE" },
    });
    const s = await signIn({ username: "new.staff", password, ip: null, userAgent: null, now: new Date() });
    // in: or, where readers must enrol TOTP first, sent to enrol — never "no role granted"
    if (!s.ok) expect(s.message).not.toContain("尚未授予角色");
  });

  it("grants a unit account only with its unit, beside the field; a role change ends the user's sessions", async () => {
    const sec = actorOf(await createTestUser("SECURITY_ADMIN"));
    const unit = await createTestUnit();
    const user = await createTestUser("LEADER");
    const s = await signIn({
      username: user.username,
      password: TEST_PASSWORD,
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    if (!s.ok) throw new Error(s.message);
    const missing = await runAs(sec, () =>
      grantAccessAction({ userId: user.id, version: user.version, role: "UNIT", unitId: "", clearance: "SENSITIVE" }),
    );
    expect(errorsOf(missing, "unitId")).toBe("单位党委（党组）账号须选择所属单位");
    const ok = await runAs(sec, () =>
      grantAccessAction({
        userId: user.id,
        version: user.version,
        role: "UNIT",
        unitId: unit.id,
        clearance: "SENSITIVE",
      }),
    );
    expect(ok?.data).toEqual({ ok: true });
    expect(await resolveSession(s.sessionId, new Date())).toBeNull();
    const stale = await runAs(sec, () =>
      grantAccessAction({ userId: user.id, version: user.version, role: "LEADER", unitId: "", clearance: "GENERAL" }),
    );
    expect(stale?.serverError).toBe("该记录已被他人修改，请刷新页面核对后再操作");
  });

  it("cannot touch their own account: each attempt is refused in Chinese and written as a DENIED row", async () => {
    const me = await createTestUser("SECURITY_ADMIN");
    const sec = actorOf(me);
    const grant = await runAs(sec, () =>
      grantAccessAction({
        userId: me.id,
        version: me.version,
        role: "SECURITY_ADMIN",
        unitId: "",
        clearance: "HIGHLY_SENSITIVE",
      }),
    );
    expect(grant?.serverError).toBe("不能更改自己的角色、所属单位或密级");
    const totp = await runAs(sec, () => resetTotpAction({ userId: me.id, version: me.version }));
    expect(totp?.serverError).toBe("不能在此重置自己的动态口令");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({
      clearance: "GENERAL",
      version: me.version,
    });
    const rows = await prisma.auditLog.findMany({
      where: { action: "account.selfChange.refused", objectId: me.id },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.userId, r.result, (r.diff as { attempted: { to: string } }).attempted.to])).toEqual([
      [me.id, "DENIED", "grant"],
      [me.id, "DENIED", "resetSecondFactor"],
    ]);
  });

  it("the system administrator cannot disable or reset their own account either, and the refusal is audited", async () => {
    const me = await createTestUser("SYS_ADMIN");
    const sys = actorOf(me);
    const d = await runAs(sys, () => disableAccountAction({ userId: me.id, version: me.version, reason: "" }));
    expect(d?.serverError).toBe("不能停用自己的账号");
    const p = await runAs(sys, () => resetPasswordAction({ userId: me.id, version: me.version }));
    expect(p?.serverError).toBe("请通过“修改密码”修改自己的密码");
    const e = await runAs(sys, () => setExpiryAction({ userId: me.id, version: me.version, expiresOn: "2099-01-01" }));
    expect(e?.serverError).toBe("不能更改自己账号的到期日");
    expect(
      await prisma.auditLog.count({
        where: { action: "account.selfChange.refused", objectId: me.id, result: "DENIED" },
      }),
    ).toBe(3);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: me.id } })).version).toBe(me.version);
  });

  it("may make another account a 安全管理员, but not take the role from the last active one", async () => {
    const sec = actorOf(await createTestUser("SECURITY_ADMIN"));
    const other = await createTestUser("ORG_STAFF");
    const made = await runAs(sec, () =>
      grantAccessAction({
        userId: other.id,
        version: other.version,
        role: "SECURITY_ADMIN",
        unitId: "",
        clearance: "GENERAL",
      }),
    );
    expect(made?.data).toEqual({ ok: true });
    // every other 安全管理员 leaves (their sessions would end; the actor here is built by hand)
    await prisma.user.updateMany({
      where: { role: "SECURITY_ADMIN", id: { not: other.id } },
      data: { disabledAt: new Date() },
    });
    const demote = await runAs(sec, () =>
      grantAccessAction({
        userId: other.id,
        version: other.version + 1,
        role: "ORG_STAFF",
        unitId: "",
        clearance: "GENERAL",
      }),
    );
    expect(demote?.serverError).toBe("这是唯一在用的安全管理员账号，不能更改其角色；请先为另一账号授予该角色");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("SECURITY_ADMIN");
    await prisma.user.update({ where: { id: sec.userId }, data: { disabledAt: null } });
  });
});
