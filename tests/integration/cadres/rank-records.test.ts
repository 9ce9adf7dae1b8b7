// The 职务层次与职级记录 editor (补录, issue 19): an earlier, closed period added and corrected as
// a user on a real database — messages beside fields, overlap of the same kind refused with the
// period named, a stale version refused, audit rows, the open period left to the basic form, 作废
// — and the eligibility verdict the profile shows (getCadreFile(...).eligibility) following it.
import { beforeAll, describe, expect, it } from "vitest";
import { archiveRecordAction, saveRankRecordAction } from "@/app/(app)/cadres/file-actions";
import type { Actor } from "@/lib/auth/actor";
import { resolveProfile, toDay } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { prisma } from "@/lib/server/db";
import { buildCadre } from "../../factories";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

const D20 = resolveProfile("district-2020");
let staff: Actor;
let unitId: string;

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  unitId = (await createTestUnit("PARTY_GOV_DEPT")).id;
});

/** A 副科级 since 2026-01-01 (six months on 2026-06-30: short of the two years for 正科). */
async function deputy(name: string) {
  return prisma.cadre.create({
    data: {
      ...buildCadre({ name, rank: "SECTION_DEPUTY", rankSince: toDay("2026-01-01"), grade: null, gradeSince: null }),
      unit: { connect: { id: unitId } },
      educationRecords: { create: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: true, school: "某某大学" }] },
    },
  });
}

async function stepCheck(cadreId: string) {
  const file = await runAs(staff, () => getCadreFile(staff, cadreId));
  const verdict = file
    .eligibility(D20, toDay("2026-06-30"))
    .targets.find((t) => t.key === "PROMOTION:SECTION_PRINCIPAL")!;
  return verdict.verdict.checks.find((c) => c.ruleId === "NAT-STEP-DEPUTY")!;
}

const save = (input: Parameters<typeof saveRankRecordAction>[0]) => runAs(staff, () => saveRankRecordAction(input));

describe("职务层次与职级记录 (补录)", () => {
  it("an added earlier 副科级 period counts towards the years in the level below: NAT-STEP-DEPUTY turns to 符合, audited; 作废 turns it back", async () => {
    const c = await deputy("邓志远");
    expect((await stepCheck(c.id)).passed).toBe(false);
    const r = await save({
      cadreId: c.id,
      rank: "SECTION_DEPUTY",
      startDate: "2021-03-01",
      endDate: "2024-02-29",
      documentNo: "X组干〔2021〕12号",
      note: "原单位任职",
    });
    expect(r?.data).toMatchObject({ ok: true, version: 1 });
    const id = r!.data!.ok ? r!.data!.id : "";
    const check = await stepCheck(c.id);
    expect(check.passed).toBe(true);
    expect(check.values.months).toBe(36 + 5);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { objectId: id, action: "rankRecord.create" } });
    expect(audit).toMatchObject({ objectType: "RankRecord", userId: staff.userId, result: "SUCCESS" });
    expect(audit.diff).toMatchObject({
      cadreId: c.id,
      rank: { to: "SECTION_DEPUTY" },
      documentNo: { to: "X组干〔2021〕12号" },
    });
    // the profile lists it with the open one the trigger keeps
    const file = await runAs(staff, () => getCadreFile(staff, c.id));
    expect(file.cadre.rankRecords.map((p) => [p.rank, p.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["SECTION_DEPUTY", "2024-02-29"],
      ["SECTION_DEPUTY", null],
    ]);

    const archived = await runAs(staff, () =>
      archiveRecordAction({ cadreId: c.id, kind: "RankRecord", id, version: 1 }),
    );
    expect(archived?.data).toMatchObject({ ok: true, version: 2 });
    expect((await stepCheck(c.id)).passed).toBe(false);
    expect((await prisma.rankRecord.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    const after = await runAs(staff, () => getCadreFile(staff, c.id));
    expect(after.cadre.rankRecords.map((p) => p.id)).not.toContain(id);
    expect(
      (await prisma.auditLog.findMany({ where: { objectId: id }, orderBy: { id: "asc" } })).map((a) => a.action),
    ).toEqual(["rankRecord.create", "rankRecord.archive"]);
  });

  it("refuses a period overlapping another of the same kind, naming it; a 职级 period over the same dates is another kind", async () => {
    const c = await deputy("邓志远乙");
    const first = await save({ cadreId: c.id, rank: "STAFF", startDate: "2015-07-01", endDate: "2019-06-30" });
    expect(first?.data?.ok).toBe(true);
    const clash = await save({ cadreId: c.id, rank: "SECTION_DEPUTY", startDate: "2019-01-01", endDate: "2020-12-31" });
    expect(clash?.validationErrors?.startDate?._errors?.[0]).toBe(
      "与已有记录「科员 2015.07.01 至 2019.06.30」时间重叠，同类记录的时间不能重叠",
    );
    const intoOpen = await save({ cadreId: c.id, rank: "STAFF", startDate: "2019-07-01", endDate: "2026-02-01" });
    expect(intoOpen?.validationErrors?.startDate?._errors?.[0]).toMatch(
      /^与已有记录「副科级 2026.01.01 至今」时间重叠.*基本信息/,
    );
    const grade = await save({ cadreId: c.id, grade: "CLERK_1", startDate: "2016-07-01", endDate: "2019-06-30" });
    expect(grade?.data?.ok).toBe(true);
    expect(await prisma.rankRecord.count({ where: { cadreId: c.id } })).toBe(3);
  });

  it("puts its messages beside the fields", async () => {
    const c = await deputy("邓志远丙");
    const none = await save({ cadreId: c.id, startDate: "2019-01-01", endDate: "2018-01-01" });
    expect(none?.validationErrors?.rank?._errors?.[0]).toBe("请选择职务层次或职级（至少一项）");
    expect(none?.validationErrors?.endDate?._errors?.[0]).toBe("截止时间不能早于起始时间");
    const open = await save({ cadreId: c.id, rank: "STAFF", startDate: "2019-01-01", endDate: "" });
    expect(open?.validationErrors?.endDate?._errors?.[0]).toBe("请填写截止时间（现任职务层次、职级在基本信息中修改）");
    expect(await prisma.rankRecord.count({ where: { cadreId: c.id } })).toBe(1);
  });

  it("refuses a stale version with a conflict naming the field; the open period is neither edited nor archived here", async () => {
    const c = await deputy("邓志远丁");
    const r = await save({ cadreId: c.id, rank: "STAFF", startDate: "2016-01-01", endDate: "2020-12-31" });
    const id = r!.data!.ok ? r!.data!.id : "";
    const edited = await save({
      cadreId: c.id,
      id,
      version: 1,
      rank: "STAFF",
      startDate: "2016-01-01",
      endDate: "2021-06-30",
    });
    expect(edited?.data).toMatchObject({ ok: true, version: 2 });
    const stale = await save({
      cadreId: c.id,
      id,
      version: 1,
      rank: "STAFF",
      startDate: "2017-01-01",
      endDate: "2020-12-31",
    });
    expect(stale?.data?.ok).toBe(false);
    if (stale?.data && !stale.data.ok) expect(stale.data.conflict.changes.map((x) => x.label)).toContain("截止时间");
    expect((await prisma.rankRecord.findUniqueOrThrow({ where: { id } })).startDate?.toISOString().slice(0, 10)).toBe(
      "2016-01-01",
    );
    expect((await prisma.auditLog.findMany({ where: { objectId: id } })).map((a) => a.action).sort()).toEqual([
      "rankRecord.create",
      "rankRecord.update",
    ]);

    const current = await prisma.rankRecord.findFirstOrThrow({ where: { cadreId: c.id, endDate: null } });
    const edit = await save({
      cadreId: c.id,
      id: current.id,
      version: current.version,
      rank: "SECTION_DEPUTY",
      startDate: "2025-06-01",
      endDate: "2025-12-31",
    });
    expect(edit?.validationErrors?.endDate?._errors?.[0]).toBe(
      "现任职务层次、职级的记录由基本信息维护，请在基本信息中修改",
    );
    const archive = await runAs(staff, () =>
      archiveRecordAction({ cadreId: c.id, kind: "RankRecord", id: current.id, version: current.version }),
    );
    expect(archive?.serverError).toBe("现任职务层次、职级的记录由基本信息维护，请在基本信息中修改");
    expect(await prisma.rankRecord.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({
      endDate: null,
      archivedAt: null,
      version: current.version,
    });
  });
});
