// The editors of 家庭主要成员, 处分/组织处理 and 个人有关事项报告 (issue 19 item 4), called as a
// user on a real database: create, update, 作废, messages beside fields, a stale version refused,
// audit rows, the clearance refusal, and the eligibility verdict after a 处分 (ZZ15-EXCL).
import { beforeAll, describe, expect, it } from "vitest";
import {
  archiveRecordAction,
  saveFamilyMemberAction,
  savePersonalMattersAction,
  saveSanctionAction,
} from "@/app/(app)/cadres/file-actions";
import type { Actor } from "@/lib/auth/actor";
import { runAs } from "@/lib/server/auth/actor-context";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

let staff: Actor;
let general: Actor;
let cadreId: string;

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  general = actorOf(await createTestUser("ORG_STAFF", { clearance: "GENERAL" }));
  cadreId = (await createTestCadre((await createTestUnit()).id, "陈立新")).id;
});

const audits = (objectId: string) => prisma.auditLog.findMany({ where: { objectId }, orderBy: { id: "asc" } });

describe("家庭主要成员", () => {
  it("creates, updates with 移居 and 共青团员, refuses a stale version, archives; each with its audit row", async () => {
    const created = await runAs(staff, () =>
      saveFamilyMemberAction({
        cadreId,
        relation: "SPOUSE",
        name: "周敏",
        birthDate: "1989-02-03",
        politicalStatus: "CPC_MEMBER",
        workplaceAndPost: "区一中教师",
        emigrated: false,
      }),
    );
    expect(created?.data).toMatchObject({ ok: true, version: 1 });
    const id = created!.data!.ok ? created!.data!.id : "";
    const updated = await runAs(staff, () =>
      saveFamilyMemberAction({
        cadreId,
        id,
        version: 1,
        relation: "SPOUSE",
        name: "周敏",
        politicalStatus: "CYL_MEMBER",
        emigrated: true,
        emigratedTo: "加拿大",
        emigratedOn: "2024-09-01",
      }),
    );
    expect(updated?.data).toMatchObject({ ok: true, version: 2 });
    const row = await prisma.familyMember.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      politicalStatus: "CYL_MEMBER",
      emigrated: true,
      emigratedTo: "加拿大",
      birthDate: null,
    });
    expect(row.emigratedOn?.toISOString().slice(0, 10)).toBe("2024-09-01");

    const stale = await runAs(staff, () =>
      saveFamilyMemberAction({ cadreId, id, version: 1, relation: "SPOUSE", name: "周敏敏" }),
    );
    expect(stale?.data?.ok).toBe(false);
    if (stale?.data && !stale.data.ok)
      expect(stale.data.conflict.changes.map((c) => c.label)).toContain("移居国家（地区）");
    expect((await prisma.familyMember.findUniqueOrThrow({ where: { id } })).name).toBe("周敏");

    const archived = await runAs(staff, () => archiveRecordAction({ cadreId, kind: "FamilyMember", id, version: 2 }));
    expect(archived?.data).toMatchObject({ ok: true, version: 3 });
    expect((await prisma.familyMember.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    expect((await audits(id)).map((a) => a.action)).toEqual(["family.create", "family.update", "family.archive"]);
    // the archived row is in no view
    const file = await runAs(staff, () => getCadreFile(staff, cadreId));
    expect(file.cadre.familyMembers.map((m) => m.id)).not.toContain(id);
  });

  it("puts its messages beside the fields", async () => {
    const r = await runAs(staff, () =>
      saveFamilyMemberAction({ cadreId, relation: "SON", name: "", emigrated: true, emigratedTo: "" }),
    );
    expect(r?.validationErrors?.name?._errors?.[0]).toBe("请填写姓名");
    expect(r?.validationErrors?.emigratedTo?._errors?.[0]).toBe("请填写移居的国家（地区）");
    const bad = await runAs(staff, () => saveFamilyMemberAction({ cadreId, relation: "UNCLE" as never, name: "某" }));
    expect(bad?.validationErrors?.relation?._errors?.[0]).toBe("请选择称谓");
  });

  it("without the familyAbroad clearance: general fields saved, 移居 kept and never named; sending it is refused and audited", async () => {
    const stored = await prisma.familyMember.create({
      data: { cadreId, relation: "DAUGHTER", name: "陈悦", emigrated: true, emigratedTo: "澳大利亚" },
    });
    const ok = await runAs(general, () =>
      saveFamilyMemberAction({ cadreId, id: stored.id, version: 1, relation: "DAUGHTER", name: "陈悦然" }),
    );
    expect(ok?.data?.ok).toBe(true);
    expect(await prisma.familyMember.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({
      name: "陈悦然",
      emigrated: true,
      emigratedTo: "澳大利亚",
    });
    const refused = await runAs(general, () =>
      saveFamilyMemberAction({
        cadreId,
        id: stored.id,
        version: 2,
        relation: "DAUGHTER",
        name: "陈悦然",
        emigrated: false,
      }),
    );
    expect(refused?.serverError).toBe("您的密级不足，无法查看此项（需“高度敏感”）");
    expect((await prisma.familyMember.findUniqueOrThrow({ where: { id: stored.id } })).emigrated).toBe(true);
    const denied = await prisma.auditLog.findFirst({
      where: { userId: general.userId, action: "read.denied.label", diff: { path: ["set"], equals: "familyAbroad" } },
    });
    expect(denied?.diff).toMatchObject({ purpose: "edit", record: "FamilyMember" });
    // a conflict shown to this editor leaves the labelled fields out
    await runAs(staff, () =>
      saveFamilyMemberAction({
        cadreId,
        id: stored.id,
        version: 2,
        relation: "DAUGHTER",
        name: "陈悦然",
        emigrated: true,
        emigratedTo: "新西兰",
      }),
    );
    const stale = await runAs(general, () =>
      saveFamilyMemberAction({ cadreId, id: stored.id, version: 2, relation: "DAUGHTER", name: "陈悦" }),
    );
    expect(stale?.data?.ok).toBe(false);
    if (stale?.data && !stale.data.ok)
      expect(JSON.stringify(stale.data.conflict.changes)).not.toMatch(/移居|新西兰|澳大利亚/);
  });
});

describe("处分、组织处理", () => {
  const zz15Sanction = async (actor: Actor) => {
    const { profile } = await getActiveProfile();
    const file = await runAs(actor, () => getCadreFile(actor, cadreId));
    const report = file.eligibility(profile, new Date("2026-06-30T00:00:00Z"));
    return report.targets.flatMap((t) =>
      t.verdict.checks.filter((c) => c.ruleId === "ZZ15-EXCL" && c.values.reason === "SANCTION").map((c) => c.passed),
    );
  };

  it("a recorded 处分 in its 影响期 turns ZZ15-EXCL to 不符合; 撤销 and 作废 clear it again", async () => {
    expect((await zz15Sanction(staff)).every(Boolean)).toBe(true);
    const r = await runAs(staff, () =>
      saveSanctionAction({
        cadreId,
        kind: "PARTY_SERIOUS_WARNING",
        decidedOn: "2026-01-10",
        effectEndsOn: "2027-01-09",
        authority: "区纪委",
        reason: "违反工作纪律",
      }),
    );
    expect(r?.data?.ok).toBe(true);
    const id = r!.data!.ok ? r!.data!.id : "";
    const after = await zz15Sanction(staff);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((p) => !p)).toBe(true);

    const revoked = await runAs(staff, () =>
      saveSanctionAction({
        cadreId,
        id,
        version: 1,
        kind: "PARTY_SERIOUS_WARNING",
        decidedOn: "2026-01-10",
        revokedAt: "2026-03-01",
      }),
    );
    expect(revoked?.data?.ok).toBe(true);
    expect((await zz15Sanction(staff)).every(Boolean)).toBe(true);

    const stale = await runAs(staff, () => archiveRecordAction({ cadreId, kind: "Sanction", id, version: 1 }));
    expect(stale?.data?.ok).toBe(false);
    const archived = await runAs(staff, () => archiveRecordAction({ cadreId, kind: "Sanction", id, version: 2 }));
    expect(archived?.data?.ok).toBe(true);
    expect((await audits(id)).map((a) => a.action)).toEqual(["sanction.create", "sanction.update", "sanction.archive"]);
  });

  it("puts its messages beside the fields", async () => {
    const r = await runAs(staff, () =>
      saveSanctionAction({ cadreId, kind: "GOV_DEMERIT", decidedOn: "2026-05-01", effectEndsOn: "2026-04-01" }),
    );
    expect(r?.validationErrors?.effectEndsOn?._errors?.[0]).toBe("影响期截止日不能早于决定时间");
    const none = await runAs(staff, () => saveSanctionAction({ cadreId, kind: "" as never, decidedOn: "" }));
    expect(none?.validationErrors?.kind?._errors?.[0]).toBe("请选择处分或组织处理种类");
    expect(none?.validationErrors?.decidedOn?._errors?.[0]).toBe("请填写决定时间");
  });

  it("an editor without the 高度敏感 clearance may not record or archive one: refused, audited, nothing written", async () => {
    const before = await prisma.sanction.count({ where: { cadreId } });
    const r = await runAs(general, () =>
      saveSanctionAction({ cadreId, kind: "ORG_ADMONISHMENT", decidedOn: "2026-02-01" }),
    );
    expect(r?.serverError).toBe("您的密级不足，无法查看此项（需“高度敏感”）");
    expect(await prisma.sanction.count({ where: { cadreId } })).toBe(before);
    const denied = await prisma.auditLog.findFirst({
      where: { userId: general.userId, action: "read.denied.label", diff: { path: ["set"], equals: "sanctions" } },
    });
    expect(denied?.diff).toMatchObject({ purpose: "edit", record: "Sanction" });
  });
});

describe("个人有关事项报告", () => {
  it("records a year with its 查核结果, refuses the same year twice and a stale version, archives and re-enters", async () => {
    const r = await runAs(staff, () =>
      savePersonalMattersAction({ cadreId, year: 2025, submittedOn: "2026-01-20", checkResult: "UNCHECKED" }),
    );
    expect(r?.data?.ok).toBe(true);
    const id = r!.data!.ok ? r!.data!.id : "";
    const noNote = await runAs(staff, () =>
      savePersonalMattersAction({ cadreId, id, version: 1, year: 2025, checkResult: "FALSE_OR_MISSING" }),
    );
    expect(noNote?.validationErrors?.note?._errors?.[0]).toBe("查核发现漏报、瞒报的，请填写情况说明");
    const checked = await runAs(staff, () =>
      savePersonalMattersAction({
        cadreId,
        id,
        version: 1,
        year: 2025,
        checkResult: "FALSE_OR_MISSING",
        note: "漏报房产一处",
      }),
    );
    expect(checked?.data?.ok).toBe(true);
    expect(await prisma.personalMattersReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      checked: true,
      falseOrMissing: true,
    });
    const dup = await runAs(staff, () => savePersonalMattersAction({ cadreId, year: 2025, checkResult: "CONSISTENT" }));
    expect(dup?.validationErrors?.year?._errors?.[0]).toBe("2025年度个人有关事项报告已登记，请在原记录上修改");
    const stale = await runAs(staff, () =>
      savePersonalMattersAction({ cadreId, id, version: 1, year: 2025, checkResult: "CONSISTENT" }),
    );
    expect(stale?.data?.ok).toBe(false);
    expect(
      (await runAs(staff, () => archiveRecordAction({ cadreId, kind: "PersonalMattersReport", id, version: 2 })))?.data
        ?.ok,
    ).toBe(true);
    const again = await runAs(staff, () =>
      savePersonalMattersAction({ cadreId, year: 2025, checkResult: "CONSISTENT" }),
    );
    expect(again?.data).toMatchObject({ ok: true, id });
    expect(await prisma.personalMattersReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      archivedAt: null,
      falseOrMissing: false,
    });
    expect((await audits(id)).map((a) => a.action)).toEqual([
      "personalMatters.create",
      "personalMatters.update",
      "personalMatters.archive",
      "personalMatters.create",
    ]);
    const refused = await runAs(general, () =>
      savePersonalMattersAction({ cadreId, year: 2024, checkResult: "CONSISTENT" }),
    );
    expect(refused?.serverError).toBe("您的密级不足，无法查看此项（需“高度敏感”）");
  });
});
