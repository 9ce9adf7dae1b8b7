import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateProfileAction, saveProfileAction } from "@/app/(app)/settings/policy/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { actorOf, createTestUser } from "../../support/users";

// These tests activate profiles of their own; the files that run after this one on the same
// worker's database expect the profile that was active before (district-2020 when none is).
let activeBefore: string[] = [];
beforeAll(async () => {
  activeBefore = (await prisma.policyProfile.findMany({ where: { isActive: true }, select: { id: true } })).map(
    (r) => r.id,
  );
});
afterAll(async () => {
  await prisma.$transaction([
    prisma.policyProfile.updateMany({ where: { isActive: true }, data: { isActive: false } }),
    prisma.policyProfile.updateMany({ where: { id: { in: activeBefore } }, data: { isActive: true } }),
  ]);
});

const draft = (
  key: string,
  values: Record<string, string | boolean | string[]>,
  extra: Partial<{ basedOnVersion: number | null; extendsKey: string; activate: boolean }> = {},
) => ({
  key,
  name: `测试配置 ${key}`,
  description: "",
  extendsKey: extra.extendsKey ?? "district-2020",
  basedOnVersion: extra.basedOnVersion ?? null,
  values,
  activate: extra.activate ?? false,
  expectedActiveRowId: null as string | null,
});

async function orgAdmin() {
  return actorOf(await createTestUser("ORG_ADMIN"));
}

describe("district policy profiles", () => {
  it("refuses a negative age and a ratio above 1, naming each field, and saves nothing", async () => {
    const admin = await orgAdmin();
    const auditBefore = await prisma.auditLog.count({ where: { action: { startsWith: "policy." } } });
    const r = await runAs(admin, () =>
      saveProfileAction(draft("bad-one", { "d20.ages.divisionDeputyMax": "-3", "d20.pool.womenMinRatio": "1.5" })),
    );
    const errors = r?.data && !r.data.ok ? r.data.fieldErrors : {};
    expect(errors["d20.ages.divisionDeputyMax"]).toBe(
      "参数“副处级年轻干部年龄上限（不超过）”（params.d20.ages.divisionDeputyMax，规则 D20-AGE-FC）：年龄不能为负数",
    );
    expect(errors["d20.pool.womenMinRatio"]).toContain("女干部比例不少于");
    expect(errors["d20.pool.womenMinRatio"]).toContain("比例不能大于1");
    expect(await prisma.policyProfile.count({ where: { key: "bad-one" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "policy." } } })).toBe(auditBefore);
  });

  it("refuses text where a number belongs, and a preset's key", async () => {
    const admin = await orgAdmin();
    const text = await runAs(admin, () => saveProfileAction(draft("bad-two", { "nat.publicityWorkingDays": "五" })));
    expect(text?.data && !text.data.ok && text.data.fieldErrors["nat.publicityWorkingDays"]).toContain("任前公示");
    const preset = await runAs(admin, () => saveProfileAction(draft("district-2020", {})));
    expect(preset?.data && !preset.data.ok && preset.data.fieldErrors.key).toBe("该编号是内置配置的编号，请另取一个");
  });

  it("stores only the overrides, versions each save, activates, and restores a past version", async () => {
    const admin = await orgAdmin();
    const v1 = await runAs(admin, () =>
      saveProfileAction(
        draft("qinghe-test", { "d20.ages.divisionDeputyMax": "38", "d20.ages.divisionPrincipalMax": "42" }),
      ),
    );
    expect(v1?.data).toMatchObject({ ok: true, profileVersion: 1 });
    const row1 = await prisma.policyProfile.findFirstOrThrow({ where: { key: "qinghe-test", profileVersion: 1 } });
    // 42 is the inherited value: not an override
    expect(row1.parameters).toEqual({ params: { d20: { ages: { divisionDeputyMax: 38 } } } });
    expect(row1.isActive).toBe(false);

    const stale = await runAs(admin, () => saveProfileAction(draft("qinghe-test", {}, { basedOnVersion: null })));
    expect(stale?.data && !stale.data.ok && stale.data.fieldErrors.key).toBe("该编号已被其他配置使用，请另取一个");

    const active0 = await prisma.policyProfile.findFirst({ where: { isActive: true } });
    const v2 = await runAs(admin, () =>
      saveProfileAction({
        ...draft("qinghe-test", { "d20.ages.divisionDeputyMax": "37" }, { basedOnVersion: 1, activate: true }),
        expectedActiveRowId: active0?.id ?? null,
      }),
    );
    expect(v2?.data).toMatchObject({ ok: true, profileVersion: 2 });
    const active = await getActiveProfile();
    expect([active.profile.key, active.profileVersion, active.profile.params.d20.ages.divisionDeputyMax]).toEqual([
      "qinghe-test",
      2,
      37,
    ]);

    // restoring version 1 = activating that row; a stale "expected active" is refused
    const refused = await runAs(admin, () =>
      activateProfileAction({ rowId: row1.id, presetKey: null, expectedActiveRowId: active0?.id ?? null }),
    );
    expect(refused?.serverError).toBe("启用的政策配置已被他人更改，请刷新页面核对后再操作");
    const restored = await runAs(admin, () =>
      activateProfileAction({ rowId: row1.id, presetKey: null, expectedActiveRowId: active.rowId }),
    );
    expect(restored?.data?.rowId).toBe(row1.id);
    const now = await getActiveProfile();
    expect([now.profileVersion, now.profile.params.d20.ages.divisionDeputyMax]).toEqual([1, 38]);
    expect(await prisma.policyProfile.count({ where: { isActive: true } })).toBe(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "policy.activate", objectId: row1.id } });
    expect(audit.diff).toEqual({ active: { from: "qinghe-test 第2版", to: "qinghe-test 第1版" } });
  });

  it("a profile may extend another district profile", async () => {
    const admin = await orgAdmin();
    await runAs(admin, () => saveProfileAction(draft("parent-x", { "d20.pool.total": "60" })));
    const child = await runAs(admin, () =>
      saveProfileAction(draft("child-x", { "d20.pool.section": "30" }, { extendsKey: "parent-x" })),
    );
    expect(child?.data).toMatchObject({ ok: true });
    const cycle = await runAs(admin, () =>
      saveProfileAction(draft("parent-x", {}, { extendsKey: "child-x", basedOnVersion: 1 })),
    );
    expect(cycle?.data && !cycle.data.ok && cycle.data.fieldErrors.extendsKey).toBe(
      "配置继承出现循环（parent-x → child-x → parent-x），请选择其他配置",
    );
  });

  it("is refused to roles without policy.manage", async () => {
    const staff = actorOf(await createTestUser("ORG_STAFF"));
    const r = await runAs(staff, () => saveProfileAction(draft("staff-x", {})));
    expect(r?.serverError).toBe("您没有执行此操作的权限");
  });
});
