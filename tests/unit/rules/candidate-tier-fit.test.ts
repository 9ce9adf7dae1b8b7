// Tier fit (D20-TIER-RANK hard, D20-TIER-YEARS soft) and 不适用 (NOT_APPLICABLE), golden, with the
// rank held on the reference date read from the history (rankRecords + leadership posts).
import { describe, expect, it } from "vitest";
import type { CadreFacts, PoolTier, Rank, RankRecordFact } from "@/lib/rules";
import { checkOutcomeLabel, day, evaluateCandidate, verdictOutcomeLabel } from "@/lib/rules";
import { AS_OF, cadre, checksOf, D20 } from "./fixtures";

const held = (rank: Rank, since: Date, over: Partial<CadreFacts> = {}) =>
  cadre({ rank, rankSince: since, rankRecords: [{ rank, startDate: since }], ...over });

describe("D20-TIER-RANK: the tier takes its own level and the level directly below (hard), on 2026-06-30", () => {
  it.each([
    // [name, tier, rank held, passed]
    ["a 科员 is refused for the 正处级 tier", "DIVISION_PRINCIPAL", "STAFF", false],
    ["a 正科级 is refused for the 正处级 tier (skips 副处级)", "DIVISION_PRINCIPAL", "SECTION_PRINCIPAL", false],
    ["a 副处级 fits the 正处级 tier", "DIVISION_PRINCIPAL", "DIVISION_DEPUTY", true],
    ["a 正处级 fits the 正处级 tier", "DIVISION_PRINCIPAL", "DIVISION_PRINCIPAL", true],
    ["a 副科级 is refused for the 副处级 tier", "DIVISION_DEPUTY", "SECTION_DEPUTY", false],
    ["a 正科级 fits the 副处级 tier", "DIVISION_DEPUTY", "SECTION_PRINCIPAL", true],
    ["a 科员 fits the 科级 tier (新提拔副科 is named by 三(一)1)", "SECTION", "STAFF", true],
    ["a 正科级 fits the 科级 tier", "SECTION", "SECTION_PRINCIPAL", true],
  ] as [string, PoolTier, Rank, boolean][])("%s", (_n, tier, rank, passed) => {
    const v = evaluateCandidate(held(rank, day(2018, 1, 1)), { kind: "POOL", tier }, D20, AS_OF);
    const c = checksOf(v, "D20-TIER-RANK")[0];
    expect(c.passed).toBe(passed);
    expect(c.severity).toBe("hard");
    expect(v.eligible).toBe(passed);
  });

  it("a 28-year-old 科员 (born 1998-01-01) is 不符合 for the 正处级 tier on 2026-06-30, though his age passes", () => {
    const v = evaluateCandidate(
      held("STAFF", day(2020, 9, 1), { birthDate: day(1998, 1, 1) }),
      { kind: "POOL", tier: "DIVISION_PRINCIPAL" },
      D20,
      AS_OF,
    );
    expect(checksOf(v, "D20-AGE-ZC")[0].passed).toBe(true);
    expect(v.outcome).toBe("INELIGIBLE");
    expect(checksOf(v, "D20-TIER-RANK")[0].message).toBe(
      "正处级年轻干部按层级储备副处级或正处级干部，该同志任科员（截至2026年6月30日）",
    );
  });

  it.each([
    ["a 副处级 in the 科级 tier", "SECTION", "DIVISION_DEPUTY"],
    ["a 正处级 in the 副处级 tier", "DIVISION_DEPUTY", "DIVISION_PRINCIPAL"],
  ] as [string, PoolTier, Rank][])("%s: 不适用, not 不符合", (_n, tier, rank) => {
    const v = evaluateCandidate(held(rank, day(2018, 1, 1)), { kind: "POOL", tier }, D20, AS_OF);
    expect(v.outcome).toBe("NOT_APPLICABLE");
    expect(v.eligible).toBe(false);
    expect(v.hardFailures).toBe(0);
    expect(v.checks).toHaveLength(1);
    expect(v.checks[0].ruleId).toBe("D20-TIER-RANK");
    expect(checkOutcomeLabel(v.checks[0])).toBe("不适用");
    expect(verdictOutcomeLabel[v.outcome]).toBe("不适用");
  });
});

describe("D20-TIER-YEARS: years in the level below, summed in calendar months (soft)", () => {
  it.each([
    // 副处级 2021-03-01…2022-08-31 and again from 2024-09-01 (a 正科 post between): 3年 on 2026-03-01
    ["副处 2021-03-01…2022-08-31 + 2024-09-01… = 3年 on 2026-03-01 ≥ 2 → passes", day(2026, 3, 1), true, 36],
    [
      "副处 2024-09-01… alone would be 1年6个月 on 2026-03-01, but the first stint counts: passes",
      day(2026, 3, 1),
      true,
      36,
    ],
    ["副处 2021-03-01…2022-08-31 + 2024-09-01… = 1年11个月 on 2025-02-28 < 2 → warns", day(2025, 2, 28), false, 23],
  ] as [string, Date, boolean, number][])("%s", (_n, asOf, passed, months) => {
    const rankRecords: RankRecordFact[] = [
      { rank: "DIVISION_DEPUTY", startDate: day(2021, 3, 1), endDate: day(2022, 8, 31) },
      { rank: "SECTION_PRINCIPAL", startDate: day(2022, 9, 1), endDate: day(2024, 8, 31) },
      { rank: "DIVISION_DEPUTY", startDate: day(2024, 9, 1) },
    ];
    const f = cadre({ rank: "DIVISION_DEPUTY", rankSince: day(2024, 9, 1), rankRecords });
    const v = evaluateCandidate(f, { kind: "POOL", tier: "DIVISION_PRINCIPAL" }, D20, asOf);
    const c = checksOf(v, "D20-TIER-YEARS")[0];
    expect(c.passed).toBe(passed);
    expect(c.severity).toBe("soft");
    expect(c.values.months).toBe(months);
    expect(v.eligible).toBe(true); // a warning needs a reason, it does not block
  });

  it("a 正科 since 2024-01-01 in the 副处级 tier on 2026-06-30: 2年5个月 < 3 → warns with the tenure in the message", () => {
    const v = evaluateCandidate(
      held("SECTION_PRINCIPAL", day(2024, 1, 1)),
      { kind: "POOL", tier: "DIVISION_DEPUTY" },
      D20,
      AS_OF,
    );
    const c = checksOf(v, "D20-TIER-YEARS")[0];
    expect(c.passed).toBe(false);
    expect(c.message).toContain("累计2年5个月");
    expect(v.outcome).toBe("WARNINGS");
  });
});

describe("NOT_APPLICABLE: 新提拔 to a level already held or passed", () => {
  it.each([
    ["DIVISION_DEPUTY", "D20-AGE-FC"],
    ["SECTION_PRINCIPAL", "D20-AGE-KJ"],
    ["SECTION_DEPUTY", "D20-AGE-KJ"],
  ] as [Rank, string][])("a 副处级 cadre's 新提拔%s check says 不适用 (cites %s)", (rank, ruleId) => {
    const v = evaluateCandidate(
      held("DIVISION_DEPUTY", day(2022, 1, 1)),
      { kind: "PROMOTION", rank: rank as "DIVISION_DEPUTY" },
      D20,
      AS_OF,
    );
    expect(v.outcome).toBe("NOT_APPLICABLE");
    expect(v.checks).toEqual([expect.objectContaining({ ruleId, notApplicable: true, passed: false })]);
    expect(v.checks[0].message).toContain("不属于新提拔，不适用");
    expect(v.hardFailures + v.warnings).toBe(0);
  });

  it("a 副处级 cadre's 新提拔正处级 still applies", () => {
    const v = evaluateCandidate(
      held("DIVISION_DEPUTY", day(2022, 1, 1)),
      { kind: "PROMOTION", rank: "DIVISION_PRINCIPAL" },
      D20,
      AS_OF,
    );
    expect(v.outcome).not.toBe("NOT_APPLICABLE");
    expect(checksOf(v, "NAT-STEP-DEPUTY")[0].passed).toBe(true);
  });
});

describe("rank on the reference date comes from the history, not today's rank", () => {
  // 科员 until 2026-03-31, 副处级 from 2026-04-01 (today's record says 副处级 since 2026-04-01)
  const history = cadre({
    rank: "DIVISION_DEPUTY",
    rankSince: day(2026, 4, 1),
    rankRecords: [
      { rank: "STAFF", startDate: day(2016, 8, 1), endDate: day(2026, 3, 31) },
      { rank: "DIVISION_DEPUTY", startDate: day(2026, 4, 1) },
    ],
  });

  it("on 2025-12-06 he is a 科员: 新提拔副处级 applies, and NAT-STEP-DEPUTY names 科员", () => {
    const v = evaluateCandidate(history, { kind: "PROMOTION", rank: "DIVISION_DEPUTY" }, D20, day(2025, 12, 6));
    expect(v.outcome).not.toBe("NOT_APPLICABLE");
    const step = checksOf(v, "NAT-STEP-DEPUTY")[0];
    expect(step.values.rank).toBe("STAFF");
    expect(step.message).toContain("该同志时任科员");
    expect(step.message).not.toContain("2026年3月31日");
  });

  it("on 2026-06-30 he is 副处级: 新提拔副处级 is 不适用", () => {
    const v = evaluateCandidate(history, { kind: "PROMOTION", rank: "DIVISION_DEPUTY" }, D20, AS_OF);
    expect(v.outcome).toBe("NOT_APPLICABLE");
  });
});
