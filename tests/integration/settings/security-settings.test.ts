import { describe, expect, it } from "vitest";
import { updateSecuritySettingsAction } from "@/app/(app)/settings/security/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { getSecuritySettings } from "@/lib/server/settings/security-settings";
import { actorOf, createTestUser } from "../../support/users";

// 安全策略 (SecuritySettings): the 系统管理员 edits it, version-checked and audited; the
// 安全管理员 reads it; nobody else may change it.
const errorsOf = (r: unknown, field: string) =>
  (r as { validationErrors?: Record<string, { _errors?: string[] }> })?.validationErrors?.[field]?._errors?.[0];

describe("security settings", () => {
  it("a SYS_ADMIN saves them, audited with before and after; a stale version is refused and changes nothing", async () => {
    const sys = actorOf(await createTestUser("SYS_ADMIN"));
    const before = await getSecuritySettings();
    const input = {
      totpForReaders: before.totpForReaders,
      inactiveDisableDays: before.inactiveDisableDays === 60 ? 61 : 60,
      passwordMaxAgeDays: before.passwordMaxAgeDays,
      version: before.version,
    };
    const r = await runAs(sys, () => updateSecuritySettingsAction(input));
    expect(r?.data).toEqual({ ok: true });
    const after = await getSecuritySettings();
    expect(after).toMatchObject({ inactiveDisableDays: input.inactiveDisableDays, version: before.version + 1 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "settings.security", userId: sys.userId },
      orderBy: { id: "desc" },
    });
    expect(audit.result).toBe("SUCCESS");
    expect(audit.diff).toEqual({
      inactiveDisableDays: { from: before.inactiveDisableDays, to: input.inactiveDisableDays },
    });

    const stale = await runAs(sys, () => updateSecuritySettingsAction({ ...input, passwordMaxAgeDays: 30 }));
    expect(stale?.serverError).toBe("该记录已被他人修改，请刷新页面核对后再操作");
    expect((await getSecuritySettings()).passwordMaxAgeDays).toBe(before.passwordMaxAgeDays);

    // put back what other tests expect (the default policy)
    await runAs(sys, () =>
      updateSecuritySettingsAction({
        ...input,
        inactiveDisableDays: before.inactiveDisableDays,
        version: after.version,
      }),
    );
  });

  it("refuses limits out of range beside the field", async () => {
    const sys = actorOf(await createTestUser("SYS_ADMIN"));
    const s = await getSecuritySettings();
    const r = await runAs(sys, () =>
      updateSecuritySettingsAction({
        totpForReaders: true,
        inactiveDisableDays: 0,
        passwordMaxAgeDays: 1000,
        version: s.version,
      }),
    );
    expect(errorsOf(r, "inactiveDisableDays")).toBe("自动停用期限不少于 7 天");
    expect(errorsOf(r, "passwordMaxAgeDays")).toBe("密码有效期不超过 365 天");
  });

  it("is refused to the security administrator, the auditor and an organization administrator", async () => {
    const s = await getSecuritySettings();
    for (const role of ["SECURITY_ADMIN", "AUDITOR", "ORG_ADMIN"] as const) {
      const actor = actorOf(await createTestUser(role));
      const r = await runAs(actor, () =>
        updateSecuritySettingsAction({
          totpForReaders: false,
          inactiveDisableDays: 90,
          passwordMaxAgeDays: 90,
          version: s.version,
        }),
      );
      expect(r?.serverError, role).toBe("您没有执行此操作的权限");
    }
    expect((await getSecuritySettings()).totpForReaders).toBe(s.totpForReaders);
  });
});
