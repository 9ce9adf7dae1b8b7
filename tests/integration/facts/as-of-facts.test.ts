// Facts as of a date (issue 19): the rank held then comes from the 职务层次/职级 history
// (RankRecord, kept in step with Cadre.rank by a trigger, plus the leadership posts); the
// profile page, the pool entry and the pool's facts loaders (Prisma and the dashboard's SQL)
// agree for one cadre on one date; tier fit and 不适用 reach the pool entry and the panel.
import { beforeAll, describe, expect, it } from "vitest";
import { enterPoolAction } from "@/app/(app)/pool/actions";
import type { Actor } from "@/lib/auth/actor";
import { evaluateCandidate, evaluatePool, resolveProfile, toDay, type CadreFacts } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts, loadPoolEntryFacts, loadPoolFactsSql } from "@/lib/server/facts";
import { previewPoolEntry } from "@/lib/server/pool/enter";
import { buildCadre } from "../../factories";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";
import { useFallbackProfile } from "../dashboard/fallback-profile";

const D20 = resolveProfile("district-2020");

let org: Actor;
let unitId: string;

async function makeCadre(name: string, over: Parameters<typeof buildCadre>[0]) {
  return prisma.cadre.create({
    data: {
      ...buildCadre({ name, grade: null, gradeSince: null, ...over }),
      unit: { connect: { id: unitId } },
      educationRecords: { create: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: true, school: "某某大学" }] },
    },
  });
}

const verdictOf = (file: Awaited<ReturnType<typeof getCadreFile>>, key: string, asOf: string) =>
  file.eligibility(D20, toDay(asOf)).targets.find((t) => t.key === key)?.verdict;

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitId = (await createTestUnit("PARTY_GOV_DEPT")).id;
});

describe("the rank held on the reference date, from RankRecord", () => {
  it("a cadre saved as 副处级 since 2026-04-01 gets that period from the trigger; a new rank closes it the day before", async () => {
    const c = await makeCadre("罗鸿博", { rank: "DIVISION_DEPUTY", rankSince: toDay("2026-04-01") });
    const open = await prisma.rankRecord.findMany({ where: { cadreId: c.id } });
    expect(open.map((r) => [r.rank, r.startDate?.toISOString().slice(0, 10), r.endDate])).toEqual([
      ["DIVISION_DEPUTY", "2026-04-01", null],
    ]);
    await prisma.cadre.update({
      where: { id: c.id },
      data: { rank: "DIVISION_PRINCIPAL", rankSince: toDay("2028-05-01") },
    });
    const rows = await prisma.rankRecord.findMany({ where: { cadreId: c.id }, orderBy: { startDate: "asc" } });
    expect(
      rows.map((r) => [r.rank, r.startDate?.toISOString().slice(0, 10), r.endDate?.toISOString().slice(0, 10) ?? null]),
    ).toEqual([
      ["DIVISION_DEPUTY", "2026-04-01", "2028-04-30"],
      ["DIVISION_PRINCIPAL", "2028-05-01", null],
    ]);
  });

  it("罗鸿博, 科员 until 2026-03-31 and 副处级 from 2026-04-01, is judged on 2025-12-06 as the 科员 he then was", async () => {
    const c = await makeCadre("罗鸿博乙", { rank: "DIVISION_DEPUTY", rankSince: toDay("2026-04-01") });
    await prisma.rankRecord.create({
      data: { cadreId: c.id, rank: "STAFF", startDate: toDay("2016-08-01"), endDate: toDay("2026-03-31") },
    });
    const file = await runAs(org, () => getCadreFile(org, c.id));
    // 新提拔副处级 on 2025-12-06: applies, and the step rule names the 科员 he was, not "自2026年3月31日任副处级"
    const then = verdictOf(file, "PROMOTION:DIVISION_DEPUTY", "2025-12-06")!;
    expect(then.outcome).not.toBe("NOT_APPLICABLE");
    const step = then.checks.find((x) => x.ruleId === "NAT-STEP-DEPUTY")!;
    expect(step.values.rank).toBe("STAFF");
    expect(step.message).toContain("该同志时任科员");
    expect(step.message).not.toContain("现任副处级");
    // the 正处级 tier on 2025-12-06: a 科员 is refused (D20-TIER-RANK)
    const tier = verdictOf(file, "POOL:DIVISION_PRINCIPAL", "2025-12-06")!;
    expect(tier.checks.find((x) => x.ruleId === "D20-TIER-RANK")!.passed).toBe(false);
    // on 2026-06-30 he is 副处级: 新提拔副处级 is 不适用
    expect(verdictOf(file, "PROMOTION:DIVISION_DEPUTY", "2026-06-30")!.outcome).toBe("NOT_APPLICABLE");
  });

  it("a 副处级 cadre's 新提拔副处级、正科级、副科级 say 不适用 on the profile page, not 不符合", async () => {
    const c = await makeCadre("副处甲", { rank: "DIVISION_DEPUTY", rankSince: toDay("2022-01-01") });
    const file = await runAs(org, () => getCadreFile(org, c.id));
    for (const key of ["PROMOTION:DIVISION_DEPUTY", "PROMOTION:SECTION_PRINCIPAL", "PROMOTION:SECTION_DEPUTY"]) {
      const v = verdictOf(file, key, "2026-06-30")!;
      expect(v.outcome, key).toBe("NOT_APPLICABLE");
      expect(v.hardFailures, key).toBe(0);
      expect(v.checks[0].notApplicable, key).toBe(true);
    }
    expect(verdictOf(file, "PROMOTION:DIVISION_PRINCIPAL", "2026-06-30")!.outcome).not.toBe("NOT_APPLICABLE");
  });
});

describe("tier fit at pool entry", () => {
  it("a 28-year-old 科员 is refused for the 正处级 tier (D20-TIER-RANK), though his age passes; nothing is written", async () => {
    const c = await makeCadre("科员甲", {
      rank: "STAFF",
      rankSince: toDay("2020-09-01"),
      birthDate: toDay("1998-01-01"),
    });
    const r = await runAs(org, () =>
      enterPoolAction({
        cadreId: c.id,
        tier: "DIVISION_PRINCIPAL",
        source: "ORG_INVESTIGATION",
        basis: "集中调研推荐",
        enteredOn: "2026-06-30",
      } as never),
    );
    expect(r?.validationErrors?.tier?._errors?.[0]).toBe("不符合正处级年轻干部入库条件（D20-TIER-RANK），不能入库");
    expect(await prisma.poolEntry.count({ where: { cadreId: c.id } })).toBe(0);
  });
});

describe("profile, pool entry and the pool's facts loaders agree for one cadre on one date", () => {
  // the pool-entry preview reads the active profile: district-2020 here, whatever another file activated
  useFallbackProfile();
  it("a 正科 since 2024-01-01 in the 副处级 tier on 2026-06-30: the same verdict everywhere (D20-TIER-YEARS warns)", async () => {
    const asOf = "2026-06-30";
    const c = await makeCadre("一致甲", {
      rank: "SECTION_PRINCIPAL",
      rankSince: toDay("2024-01-01"),
      birthDate: toDay("1988-05-10"),
    });
    await prisma.poolEntry.create({
      data: {
        cadreId: c.id,
        tier: "DIVISION_DEPUTY",
        source: "ORG_INVESTIGATION",
        basis: "测试",
        enteredOn: toDay("2026-01-01"),
        overrideReason: "测试",
      },
    });
    const facts: CadreFacts = (await loadCadreFacts([c.id])).get(c.id)!;
    const direct = evaluateCandidate(facts, { kind: "POOL", tier: "DIVISION_DEPUTY" }, D20, toDay(asOf));
    const file = await runAs(org, () => getCadreFile(org, c.id));
    const profile = verdictOf(file, "POOL:DIVISION_DEPUTY", asOf)!;
    const preview = await runAs(org, () => previewPoolEntry(org, c.id, "DIVISION_DEPUTY", toDay(asOf)));
    const shape = (v: typeof direct) => ({
      outcome: v.outcome,
      checks: v.checks.map((x) => [x.ruleId, x.passed, x.message]),
    });
    expect(shape(profile)).toEqual(shape(direct));
    expect(shape(preview.verdict)).toEqual(shape(direct));
    expect(direct.outcome).toBe("WARNINGS");
    expect(direct.checks.find((x) => x.ruleId === "D20-TIER-YEARS")!.message).toContain("累计2年5个月");

    // the pool's loaders (Prisma for the pool page, plain SQL for the dashboard) give the same
    // entry facts, and so the same pool verdicts for this entry
    const viaPrisma = (await loadPoolEntryFacts({ cadreId: c.id }))[0];
    const viaSql = (await loadPoolFactsSql()).entries.find((e) => e.cadre.id === c.id)!;
    expect(viaSql).toEqual(viaPrisma);
    expect(viaPrisma.cadre.birthDate).toEqual(facts.birthDate);
    const rowsOf = (e: typeof viaPrisma) =>
      evaluatePool([e], D20, toDay(asOf))
        .rows.filter((r) => r.ruleId === "D20-AGE-FC" || r.ruleId === "D20-EDU")
        .map((r) => [r.key, r.ids, r.lackingIds]);
    expect(rowsOf(viaSql)).toEqual(rowsOf(viaPrisma));
    const ageCheck = direct.checks.find((x) => x.ruleId === "D20-AGE-FC")!;
    const ageRow = evaluatePool([viaSql], D20, toDay(asOf)).rows.find((r) => r.ruleId === "D20-AGE-FC")!;
    expect(ageRow.lackingIds.includes(viaSql.id)).toBe(!ageCheck.passed);
  });
});
