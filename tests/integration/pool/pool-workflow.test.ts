import { beforeAll, describe, expect, it } from "vitest";
import { enterPoolAction, exitPoolAction, reviewPoolAction } from "@/app/(app)/pool/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { getPoolOverview } from "@/lib/server/pool/overview";
import { toDay } from "@/lib/rules";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

// Reference day 2026-06-30 under district-2020 (the fallback profile): 副处级 ≤ 40 (D20-AGE-FC,
// hard), full-time 本科 expected (D20-EDU, soft); every cadre here is a 正科 of six years.
const ON = "2026-06-30";
let org: Actor;
let unitId: string;

async function cadre(name: string, birth: string, gender: "MALE" | "FEMALE", fullTimeBachelor: boolean) {
  return prisma.cadre.create({
    data: {
      name,
      gender,
      birthDate: toDay(birth),
      politicalStatus: "CPC_MEMBER",
      // a 正科 of six years: fits the 副处级 tier (D20-TIER-RANK, D20-TIER-YEARS), so age and education decide
      rank: "SECTION_PRINCIPAL",
      rankSince: toDay("2020-01-01"),
      unitId,
      educationRecords: {
        create: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: fullTimeBachelor, school: "某某大学" }],
      },
    },
  });
}

const enter = (cadreId: string, extra: Record<string, string> = {}) =>
  runAs(org, () =>
    enterPoolAction({
      cadreId,
      tier: "DIVISION_DEPUTY",
      source: "ORG_INVESTIGATION",
      basis: "集中调研推荐",
      enteredOn: ON,
      ...extra,
    } as never),
  );

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitId = (await createTestUnit()).id;
});

describe("entering, reviewing and leaving the pool", () => {
  it("born 1985-06-29 is 41 on 2026-06-30: D20-AGE-FC fails, so 副处级 entry is refused and nothing is written", async () => {
    const c = await cadre("甲超龄", "1985-06-29", "MALE", true);
    const r = await enter(c.id);
    expect(r?.validationErrors?.tier?._errors?.[0]).toBe("不符合副处级年轻干部入库条件（D20-AGE-FC），不能入库");
    expect(await prisma.poolEntry.count({ where: { cadreId: c.id } })).toBe(0);
  });

  it("a soft warning (D20-EDU: in-service 本科 only) needs a recorded reason; with it the entry is written and audited", async () => {
    const c = await cadre("乙在职", "1990-01-01", "MALE", false);
    const r = await enter(c.id);
    expect(r?.validationErrors?.overrideReason?._errors?.[0]).toBe("有1项提示（D20-EDU），请说明仍予入库的理由");
    const ok = await enter(c.id, { overrideReason: "实绩突出，经部务会研究同意" });
    expect(ok?.data?.ok).toBe(true);
    const entry = await prisma.poolEntry.findFirstOrThrow({ where: { cadreId: c.id } });
    expect(entry.overrideReason).toBe("实绩突出，经部务会研究同意");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "pool.enter", objectId: entry.id } });
    expect(audit.diff).toMatchObject({ verdict: { eligible: true, warnings: "D20-EDU" } });
    const twice = await enter(c.id, { overrideReason: "再次入库" });
    expect(twice?.validationErrors?.tier?._errors?.[0]).toBe(
      "该同志已在库（副处级年轻干部），如需调整层级请先办理出库",
    );
  });

  it("two staff entering the same cadre at the same moment: exactly one entry is written, the other is told she is in the pool", async () => {
    const c = await cadre("戊同时", "1991-03-03", "FEMALE", true);
    const other = actorOf(await createTestUser("ORG_STAFF"));
    const results = await Promise.all([
      enter(c.id),
      runAs(other, () =>
        enterPoolAction({
          cadreId: c.id,
          tier: "DIVISION_DEPUTY",
          source: "ORG_INVESTIGATION",
          basis: "集中调研推荐",
          enteredOn: ON,
        } as never),
      ),
    ]);
    expect(results.filter((r) => r?.data?.ok)).toHaveLength(1);
    expect(results.map((r) => r?.validationErrors?.tier?._errors?.[0]).filter(Boolean)).toEqual([
      "该同志已在库（副处级年轻干部），如需调整层级请先办理出库",
    ]);
    expect(await prisma.poolEntry.count({ where: { cadreId: c.id } })).toBe(1);
  });

  it("entering an eligible woman raises the women count of the structure report by one; exiting her lowers it again", async () => {
    const asOf = toDay(ON);
    const women = async () =>
      (await getPoolOverview(org, asOf)).report.rows.find((r) => r.key.startsWith("D20-POOL-WOMEN"))!.actual.count;
    const before = await women();
    const c = await cadre("丙女干部", "1991-05-05", "FEMALE", true);
    expect((await enter(c.id))?.data?.ok).toBe(true);
    expect(await women()).toBe(before + 1);
    const entry = await prisma.poolEntry.findFirstOrThrow({ where: { cadreId: c.id } });
    const missingNote = await runAs(org, () =>
      exitPoolAction({ entryId: entry.id, version: entry.version, exitReason: "PROMOTED", exitNote: "", closedOn: ON }),
    );
    expect(missingNote?.validationErrors?.exitNote?._errors?.[0]).toBe("请填写出库说明");
    const out = await runAs(org, () =>
      exitPoolAction({
        entryId: entry.id,
        version: entry.version,
        exitReason: "PROMOTED",
        exitNote: "提拔任副局长",
        closedOn: ON,
      }),
    );
    expect(out?.data).toMatchObject({ ok: true });
    const closed = await prisma.poolEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect([closed.exitReason, closed.closedOn?.toISOString().slice(0, 10)]).toEqual(["PROMOTED", ON]);
    // closed on asOf: no longer counts that day
    expect(await women()).toBe(before);
    // a second exit on the stale version is a conflict naming the first
    const stale = await runAs(org, () =>
      exitPoolAction({ entryId: entry.id, version: entry.version, exitReason: "LEFT", exitNote: "调离", closedOn: ON }),
    );
    expect(stale?.data?.ok).toBe(false);
  });

  it("a yearly review: WATCH needs notes; EXIT needs a reason and closes the entry on the review day; one review per year", async () => {
    const c = await cadre("丁研判", "1992-02-02", "MALE", true);
    await enter(c.id);
    let entry = await prisma.poolEntry.findFirstOrThrow({ where: { cadreId: c.id } });
    const review = (x: Record<string, unknown>) =>
      runAs(org, () =>
        reviewPoolAction({
          entryId: entry.id,
          version: entry.version,
          year: 2026,
          reviewedOn: ON,
          notes: "",
          exitReason: "",
          ...x,
        } as never),
      );
    expect((await review({ conclusion: "WATCH" }))?.validationErrors?.notes?._errors?.[0]).toBe(
      "结论为关注或出库时，请填写研判意见",
    );
    expect((await review({ conclusion: "EXIT", notes: "状态下滑" }))?.validationErrors?.exitReason?._errors?.[0]).toBe(
      "研判结论为出库时，请选择出库原因",
    );
    expect((await review({ conclusion: "KEEP" }))?.data?.ok).toBe(true);
    entry = await prisma.poolEntry.findFirstOrThrow({ where: { cadreId: c.id } });
    expect((await review({ conclusion: "KEEP" }))?.validationErrors?.year?._errors?.[0]).toBe(
      "2026年度已研判，请勿重复登记",
    );
    expect(
      (
        await review({
          year: 2027,
          reviewedOn: "2027-06-30",
          conclusion: "EXIT",
          notes: "发现苗头性问题",
          exitReason: "PROBLEM_FOUND",
        })
      )?.data?.ok,
    ).toBe(true);
    const closed = await prisma.poolEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect([closed.exitReason, closed.closedOn?.toISOString().slice(0, 10)]).toEqual(["PROBLEM_FOUND", "2027-06-30"]);
  });

  it("a unit user and a leader may read the pool but not enter anyone", async () => {
    const c = await cadre("戊单位", "1993-03-03", "MALE", true);
    const unitUser = actorOf(await createTestUser("UNIT", { unitId }));
    const r = await runAs(unitUser, () =>
      enterPoolAction({
        cadreId: c.id,
        tier: "SECTION",
        source: "UNIT_RECOMMENDATION",
        basis: "单位推荐人选",
        enteredOn: ON,
      }),
    );
    expect(r?.serverError).toBe("您没有执行此操作的权限");
    const overview = await getPoolOverview(unitUser, toDay(ON));
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
    expect(overview.entries.length).toBeGreaterThan(0);
    expect(overview.entries.every((e) => e.unit === unit.name)).toBe(true);
  });
});
