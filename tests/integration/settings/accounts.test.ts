import { describe, expect, it } from "vitest";
import {
  changeRoleAction,
  createAccountAction,
  disableAccountAction,
  enableAccountAction,
  resetPasswordAction,
  resetTotpAction,
} from "@/app/(app)/settings/accounts/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { resolveSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { decryptTotpSecret } from "@/lib/server/auth/totp-secret";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUnit, createTestUser, TEST_PASSWORD } from "../../support/users";

const GOOD = "Qinghe-Start-2026";

async function admin() {
  return actorOf(await createTestUser("SYS_ADMIN"));
}

async function signedIn(role: "ORG_STAFF" | "LEADER" = "ORG_STAFF") {
  const user = await createTestUser(role);
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
  it("creates a unit account that must change its password, audited without the password", async () => {
    const sys = await admin();
    const unit = await createTestUnit();
    const r = await runAs(sys, () =>
      createAccountAction({
        username: "Street_Party1",
        displayName: "测试街道党工委",
        role: "UNIT",
        unitId: unit.id,
        password: GOOD,
      }),
    );
    expect(r?.data?.totp).toBeNull();
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "street_party1" } });
    expect(user).toMatchObject({ role: "UNIT", unitId: unit.id, mustChangePassword: true, totpSecretCipher: null });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.create", objectId: user.id } });
    expect(audit.userId).toBe(sys.userId);
    expect(JSON.stringify(audit.diff)).not.toContain(GOOD);
  });

  it("gives a second-factor role a TOTP secret, shown once and stored encrypted", async () => {
    const sys = await admin();
    const r = await runAs(sys, () =>
      createAccountAction({
        username: "orgadmin2",
        displayName: "管理员乙",
        role: "ORG_ADMIN",
        unitId: "",
        password: GOOD,
      }),
    );
    const secret = r?.data?.totp?.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(r?.data?.totp?.uri).toContain("otpauth://totp/");
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "orgadmin2" } });
    expect(user.totpSecretCipher).not.toContain(secret!);
    expect(decryptTotpSecret(user.totpSecretCipher!)).toBe(secret);
  });

  it("refuses a duplicate username (any letter case) beside the field", async () => {
    const sys = await admin();
    const existing = await createTestUser("LEADER");
    const r = await runAs(sys, () =>
      createAccountAction({
        username: existing.username.toUpperCase(),
        displayName: "重名",
        role: "LEADER",
        unitId: "",
        password: GOOD,
      }),
    );
    expect(errorsOf(r, "username")).toBe("该用户名已被使用，请换一个");
    expect(await prisma.user.count({ where: { displayName: "重名" } })).toBe(0);
  });

  it("requires a unit for a unit account and refuses one for other roles", async () => {
    const sys = await admin();
    const missing = await runAs(sys, () =>
      createAccountAction({ username: "nounit", displayName: "无单位", role: "UNIT", unitId: "", password: GOOD }),
    );
    expect(errorsOf(missing, "unitId")).toBe("单位党委（党组）账号须选择所属单位");
    const unit = await createTestUnit();
    const extra = await runAs(sys, () =>
      createAccountAction({
        username: "leaderunit",
        displayName: "领导",
        role: "LEADER",
        unitId: unit.id,
        password: GOOD,
      }),
    );
    expect(errorsOf(extra, "unitId")).toBe("只有单位党委（党组）账号才能指定所属单位");
    expect(await prisma.user.count({ where: { username: { in: ["nounit", "leaderunit"] } } })).toBe(0);
  });

  it("refuses a weak initial password with the policy's reasons and creates nothing", async () => {
    const sys = await admin();
    const r = await runAs(sys, () =>
      createAccountAction({
        username: "weakling",
        displayName: "弱密码",
        role: "ORG_STAFF",
        unitId: "",
        password: "weakling2026",
      }),
    );
    expect(errorsOf(r, "password")).toContain("至少三类");
    expect(errorsOf(r, "password")).toContain("不能包含用户名");
    expect(await prisma.user.count({ where: { username: "weakling" } })).toBe(0);
  });

  it("reports every problem at once: a weak password, a missing unit and a taken username", async () => {
    const sys = await admin();
    const existing = await createTestUser("LEADER");
    const r = await runAs(sys, () =>
      createAccountAction({
        username: existing.username,
        displayName: "三处错误",
        role: "UNIT",
        unitId: "",
        password: "short",
      }),
    );
    expect(errorsOf(r, "username")).toBe("该用户名已被使用，请换一个");
    expect(errorsOf(r, "unitId")).toBe("单位党委（党组）账号须选择所属单位");
    expect(errorsOf(r, "password")).toContain("密码长度至少 12 位");
  });

  it("refuses to disable oneself or change one's own role", async () => {
    const sysUser = await createTestUser("SYS_ADMIN");
    const sys = actorOf(sysUser);
    const d = await runAs(sys, () => disableAccountAction({ userId: sysUser.id, version: sysUser.version }));
    expect(d?.serverError).toBe("不能停用自己的账号");
    const c = await runAs(sys, () =>
      changeRoleAction({ userId: sysUser.id, version: sysUser.version, role: "ORG_ADMIN", unitId: "" }),
    );
    expect(c?.serverError).toBe("不能更改自己的角色或所属单位");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: sysUser.id } })).toMatchObject({
      role: "SYS_ADMIN",
      disabledAt: null,
    });
  });

  it("disabling ends the user's sessions on the next request; enabling lets them sign in again", async () => {
    const sys = await admin();
    const { user, sid } = await signedIn();
    expect(await resolveSession(sid, new Date())).not.toBeNull();
    const r = await runAs(sys, () => disableAccountAction({ userId: user.id, version: user.version }));
    expect(r?.data).toEqual({ ok: true });
    expect(await resolveSession(sid, new Date())).toBeNull();
    expect(
      (await signIn({ username: user.username, password: TEST_PASSWORD, ip: null, userAgent: null, now: new Date() }))
        .ok,
    ).toBe(false);
    await runAs(sys, () => enableAccountAction({ userId: user.id, version: user.version + 1 }));
    expect(
      (await signIn({ username: user.username, password: TEST_PASSWORD, ip: null, userAgent: null, now: new Date() }))
        .ok,
    ).toBe(true);
    const actions = await prisma.auditLog.findMany({
      where: { objectId: user.id, action: { startsWith: "account." } },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["account.disable", "account.enable"]);
  });

  it("a role change ends sessions and issues a second factor for a TOTP role", async () => {
    const sys = await admin();
    const { user, sid } = await signedIn("LEADER");
    const r = await runAs(sys, () =>
      changeRoleAction({ userId: user.id, version: user.version, role: "AUDITOR", unitId: "" }),
    );
    expect(r?.data?.totp?.secret).toMatch(/^[A-Z2-7]+$/);
    expect(await resolveSession(sid, new Date())).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "AUDITOR" });
  });

  it("a password reset forces a change at the next sign-in and ends sessions", async () => {
    const sys = await admin();
    const { user, sid } = await signedIn();
    const r = await runAs(sys, () => resetPasswordAction({ userId: user.id, version: user.version, password: GOOD }));
    expect(r?.data).toEqual({ ok: true });
    expect(await resolveSession(sid, new Date())).toBeNull();
    const s = await signIn({ username: user.username, password: GOOD, ip: null, userAgent: null, now: new Date() });
    expect(s.ok).toBe(true);
    if (s.ok) expect((await resolveSession(s.sessionId, new Date()))?.mustChangePassword).toBe(true);
  });

  it("a stale version is refused with the conflict message and changes nothing", async () => {
    const sys = await admin();
    const user = await createTestUser("ORG_STAFF");
    await runAs(sys, () => resetPasswordAction({ userId: user.id, version: user.version, password: GOOD }));
    const r = await runAs(sys, () => disableAccountAction({ userId: user.id, version: user.version }));
    expect(r?.serverError).toBe("该记录已被他人修改，请刷新页面核对后再操作");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  });

  it("refuses a second-factor reset for a role that does not use one", async () => {
    const sys = await admin();
    const user = await createTestUser("ORG_STAFF");
    const r = await runAs(sys, () => resetTotpAction({ userId: user.id, version: user.version }));
    expect(r?.serverError).toBe("该账号的角色不使用动态口令");
  });

  it("is refused to an organization administrator", async () => {
    const org = actorOf(await createTestUser("ORG_ADMIN"));
    const r = await runAs(org, () =>
      createAccountAction({ username: "sneaky", displayName: "越权", role: "SYS_ADMIN", unitId: "", password: GOOD }),
    );
    expect(r?.serverError).toBe("您没有执行此操作的权限");
    expect(await prisma.user.count({ where: { username: "sneaky" } })).toBe(0);
  });
});
