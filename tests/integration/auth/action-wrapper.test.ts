import { describe, expect, it } from "vitest";
import { changePasswordAction } from "@/app/account/password/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { signIn } from "@/lib/server/auth/sign-in";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser, TEST_PASSWORD } from "../../support/users";

async function signedInActor() {
  const user = await createTestUser("LEADER");
  const r = await signIn({
    username: user.username,
    password: TEST_PASSWORD,
    ip: null,
    userAgent: null,
    now: new Date(),
  });
  if (!r.ok) throw new Error(r.message);
  return { user, actor: actorOf(user, { sessionId: r.sessionId }) };
}

describe("the shared action wrapper", () => {
  it("refuses a call with no session (a direct POST) before touching the database", async () => {
    const r = await runAs(null, () =>
      changePasswordAction({ currentPassword: "x", newPassword: "Yyyyyyyyyyy1!", confirmPassword: "Yyyyyyyyyyy1!" }),
    );
    expect(r?.serverError).toBe("登录已失效，请重新登录");
  });

  it("returns Chinese validation messages beside the field and changes nothing", async () => {
    const { user, actor } = await signedInActor();
    const r = await runAs(actor, () =>
      changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "other" }),
    );
    expect(r?.validationErrors?.confirmPassword?._errors?.[0]).toBe("两次输入的新密码不一致");
    const weak = await runAs(actor, () =>
      changePasswordAction({
        currentPassword: TEST_PASSWORD,
        newPassword: "abcdefghijkl",
        confirmPassword: "abcdefghijkl",
      }),
    );
    expect(weak?.validationErrors?.newPassword?._errors?.[0]).toContain("至少三类");
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("files a problem the server finds (a FieldError) beside its field, as it does zod's", async () => {
    const { actor } = await signedInActor();
    const r = await runAs(actor, () =>
      changePasswordAction({
        currentPassword: "Not-The-Password-1",
        newPassword: "New-Secret-2026",
        confirmPassword: "New-Secret-2026",
      }),
    );
    expect(r?.validationErrors?.currentPassword?._errors).toEqual(["当前密码不正确"]);
    expect(r?.serverError).toBeUndefined();
  });

  it("changes the password, keeps the current session, revokes the others, and audits it", async () => {
    const { user, actor } = await signedInActor();
    const other = await signIn({
      username: user.username,
      password: TEST_PASSWORD,
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    const r = await runAs(actor, () =>
      changePasswordAction({
        currentPassword: TEST_PASSWORD,
        newPassword: "New-Secret-2026",
        confirmPassword: "New-Secret-2026",
      }),
    );
    expect(r?.data).toEqual({ ok: true });
    const { resolveSession } = await import("@/lib/server/auth/sessions");
    expect(await resolveSession(actor.sessionId, new Date())).not.toBeNull();
    if (other.ok) expect(await resolveSession(other.sessionId, new Date())).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "account.changePassword", objectId: user.id } })).toBe(1);
  });
});
