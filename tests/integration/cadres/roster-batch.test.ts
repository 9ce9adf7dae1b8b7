// The roster's batch 入库 and 加入培训 (issue 24 item 4) through their server actions: each
// person goes through the one 入库 path and every outcome comes back with its rule ids; the
// selection is the roster's own statement again, so a cadre of another unit (ticked by id, or
// matching nothing but the id) is never touched.
// Reference day 2026-06-30 under district-2020: 副处级 ≤ 40 (D20-AGE-FC, hard), full-time 本科
// expected (D20-EDU, soft); every cadre is a 正科 of six years (fits the tier's rank rules).
import { beforeAll, describe, expect, it } from "vitest";
import { rosterBatchPoolAction, rosterBatchTrainingAction } from "@/app/(app)/cadres/batch-actions";
import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { rosterSelection } from "@/lib/server/cadres/roster-selection";
import { parseRosterQuery, rosterSearchParams } from "@/lib/validation/roster-query";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

const ON = "2026-06-30";
let org: Actor;
let unitA: string;
let unitB: string;
const ids: Record<string, string> = {};

async function cadre(name: string, unitId: string, birth: string, fullTimeBachelor: boolean) {
  const c = await prisma.cadre.create({
    data: {
      name,
      gender: "MALE",
      birthDate: toDay(birth),
      politicalStatus: "CPC_MEMBER",
      rank: "SECTION_PRINCIPAL",
      rankSince: toDay("2020-01-01"),
      unitId,
      educationRecords: {
        create: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: fullTimeBachelor, school: "某某大学" }],
      },
    },
  });
  ids[name] = c.id;
}

const entry = { tier: "DIVISION_DEPUTY", source: "ORG_INVESTIGATION", basis: "集中调研推荐", enteredOn: ON };
const selection = (params: { unitId: string; ids?: string[] }) =>
  rosterSearchParams({ ...params, asOf: ON }).toString();

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitA = (await createTestUnit()).id;
  unitB = (await createTestUnit()).id;
  await cadre("批甲合格", unitA, "1990-01-01", true);
  await cadre("批乙超龄", unitA, "1985-06-29", true); // 41 on 2026-06-30
  await cadre("批丙在职", unitA, "1990-01-01", false); // in-service 本科 only: a warning
  await cadre("批丁他单位", unitB, "1990-01-01", true);
});

describe("批量入库 from the roster", () => {
  it("ticked 甲乙丙 and another unit's 丁 under the filter 单位=A: 甲 已入库, 乙 不符合 (D20-AGE-FC), 丙 有提示 (D20-EDU), 丁 not touched", async () => {
    const query = selection({ unitId: unitA, ids: [ids.批甲合格, ids.批乙超龄, ids.批丙在职, ids.批丁他单位] });
    const r = await runAs(org, () => rosterBatchPoolAction({ ...entry, query, all: false } as never));
    expect(r?.serverError).toBeUndefined();
    const rows = r!.data!.rows;
    expect(rows.map((x) => [x.name, x.outcome])).toEqual([
      ["批甲合格", "ENTERED"],
      ["批乙超龄", "INELIGIBLE"],
      ["批丙在职", "NEEDS_REASON"],
    ]);
    expect(r!.data!.notFound).toBe(1);
    expect(rows[1].reasons.map((x) => x.ruleId)).toEqual(["D20-AGE-FC"]);
    expect(rows[1].reasons[0].message).toContain("41");
    expect(rows[2].reasons.map((x) => x.ruleId)).toContain("D20-EDU");
    // written: 甲 only; 丁 of unit B untouched
    const open = await prisma.poolEntry.findMany({
      where: { cadreId: { in: Object.values(ids) }, closedOn: null },
      select: { cadreId: true, id: true },
    });
    expect(open.map((e) => e.cadreId)).toEqual([ids.批甲合格]);
    expect(rows[0].entryId).toBe(open[0].id);
    // audited: the entry's own pool.enter row, and the batch row listing every outcome
    expect(await prisma.auditLog.count({ where: { action: "pool.enter", objectId: open[0].id } })).toBe(1);
    const batch = await prisma.auditLog.findFirstOrThrow({
      where: { action: "pool.enter.batch", userId: org.userId },
      orderBy: { id: "desc" },
    });
    expect(batch.diff).toMatchObject({ count: 3, notFound: 1, tier: "DIVISION_DEPUTY" });
  });

  it("all that match 单位=A, with a reason for warnings: 甲 已在库, 乙 still 不符合, 丙 已入库 with the reason; 丁 untouched", async () => {
    const query = selection({ unitId: unitA });
    const r = await runAs(org, () =>
      rosterBatchPoolAction({ ...entry, query, all: true, overrideReason: "经集中调研，群众公认" } as never),
    );
    expect(r!.data!.rows.map((x) => [x.name, x.outcome])).toEqual([
      ["批甲合格", "ALREADY_IN"],
      ["批乙超龄", "INELIGIBLE"],
      ["批丙在职", "ENTERED"],
    ]);
    const c = await prisma.poolEntry.findFirstOrThrow({ where: { cadreId: ids.批丙在职, closedOn: null } });
    expect(c.overrideReason).toBe("经集中调研，群众公认");
    expect(await prisma.poolEntry.count({ where: { cadreId: ids.批丁他单位 } })).toBe(0);
  });

  it("nothing ticked and not all → a Chinese message, nothing written; a unit user is refused", async () => {
    const r = await runAs(org, () => rosterBatchPoolAction({ ...entry, query: selection({ unitId: unitA }) } as never));
    expect(r?.serverError).toBe("请先勾选干部，或选中全部符合条件的干部");
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: unitA }));
    const denied = await runAs(unitUser, () =>
      rosterBatchPoolAction({ ...entry, query: selection({ unitId: unitA }), all: true } as never),
    );
    expect(denied?.serverError).toBeTruthy();
    expect(await prisma.poolEntry.count({ where: { cadreId: ids.批乙超龄 } })).toBe(0);
  });
});

describe("the selection behind every batch action (and the 任免审批表 PDF's from=roster)", () => {
  it("over the cap → the Chinese message with the cap; ticked ids outside the filter are not returned", async () => {
    const ticked = parseRosterQuery({ unitId: unitA, ids: [ids.批甲合格, ids.批乙超龄, ids.批丙在职].join(",") }).query;
    const print = { cap: 2, what: "打印任免审批表", permission: ["cadre", "print"] as ["cadre", "print"] };
    await expect(rosterSelection(org, ticked, { ...print, all: false })).rejects.toThrow(
      "已勾选 3 人，一次最多打印任免审批表 2 人，请分批办理",
    );
    await expect(rosterSelection(org, ticked, { ...print, all: true })).rejects.toThrow(
      "符合条件的干部多于 2 人，一次最多打印任免审批表 2 人",
    );
    const other = parseRosterQuery({ unitId: unitA, ids: [ids.批甲合格, ids.批丁他单位].join(",") }).query;
    const r = await rosterSelection(org, other, { ...print, all: false });
    expect(r).toEqual({ cadres: [expect.objectContaining({ id: ids.批甲合格 })], notFound: 1 });
  });
});

describe("加入培训 from the roster", () => {
  it("all of 单位=A join the training through its own path (one audit row each); again → all already enrolled", async () => {
    const t = await prisma.training.create({
      data: {
        name: "批量培训班",
        kind: "PARTY_SPIRIT",
        startDate: toDay("2026-07-01"),
        endDate: toDay("2026-07-07"),
        hours: 40,
        fullTimeOffJob: true,
      },
    });
    const input = { query: selection({ unitId: unitA }), all: true, trainingId: t.id };
    const first = await runAs(org, () => rosterBatchTrainingAction(input));
    expect(first?.data).toEqual({ added: 3, alreadyEnrolled: [], notFound: 0 });
    const attendances = await prisma.trainingAttendance.findMany({ where: { trainingId: t.id }, select: { id: true } });
    expect(
      await prisma.auditLog.count({
        where: { action: "training.attendee.add", objectId: { in: attendances.map((a) => a.id) } },
      }),
    ).toBe(3);
    const again = await runAs(org, () => rosterBatchTrainingAction(input));
    expect(again?.data?.added).toBe(0);
    expect(again?.data?.alreadyEnrolled).toHaveLength(3);
    expect(await prisma.trainingAttendance.count({ where: { trainingId: t.id, cadreId: ids.批丁他单位 } })).toBe(0);
  });
});
