import { describe, expect, it } from "vitest";
import type { CandidateTarget, RuleId } from "@/lib/rules";
import { day, evaluateCandidate, resolveProfile } from "@/lib/rules";
import { AS_OF, cadre, D20, SS12 } from "./fixtures";

// asOf is 2026-06-30 throughout. A birth date of 2026-06-30 minus (N+1) years is the day the
// cadre turns N+1, i.e. the first day over a "不超过N岁" limit.
const cases: [string, CandidateTarget, RuleId, Date, boolean][] = [
  // D20-AGE-ZC: 正处级 ≤42
  [
    "正处 ≤42: turns 43 tomorrow (1983-07-01) → 42, passes",
    { kind: "POOL", tier: "DIVISION_PRINCIPAL" },
    "D20-AGE-ZC",
    day(1983, 7, 1),
    true,
  ],
  [
    "正处 ≤42: turns 43 today (1983-06-30) → 43, fails",
    { kind: "POOL", tier: "DIVISION_PRINCIPAL" },
    "D20-AGE-ZC",
    day(1983, 6, 30),
    false,
  ],
  [
    "正处 ≤42: turned 43 yesterday (1983-06-29) → fails",
    { kind: "POOL", tier: "DIVISION_PRINCIPAL" },
    "D20-AGE-ZC",
    day(1983, 6, 29),
    false,
  ],
  // D20-AGE-FC: 副处级 ≤40
  ["副处 ≤40: 1985-07-01 → 40, passes", { kind: "POOL", tier: "DIVISION_DEPUTY" }, "D20-AGE-FC", day(1985, 7, 1), true],
  [
    "副处 ≤40: 1985-06-30 → 41 today, fails",
    { kind: "POOL", tier: "DIVISION_DEPUTY" },
    "D20-AGE-FC",
    day(1985, 6, 30),
    false,
  ],
  [
    "副处 ≤40: 1985-06-29 → 41, fails",
    { kind: "POOL", tier: "DIVISION_DEPUTY" },
    "D20-AGE-FC",
    day(1985, 6, 29),
    false,
  ],
  // D20-AGE-KJ: 科级 35左右 → ≤35+2 = 37
  [
    "科级 35左右 (≤37): 1988-07-01 → 37, passes",
    { kind: "POOL", tier: "SECTION" },
    "D20-AGE-KJ",
    day(1988, 7, 1),
    true,
  ],
  [
    "科级 35左右 (≤37): 1988-06-30 → 38, fails",
    { kind: "POOL", tier: "SECTION" },
    "D20-AGE-KJ",
    day(1988, 6, 30),
    false,
  ],
  [
    "科级 35左右: a 28-year-old (1998-01-01) counts (younger satisfies)",
    { kind: "POOL", tier: "SECTION" },
    "D20-AGE-KJ",
    day(1998, 1, 1),
    true,
  ],
  // D20-AGE-KJ: newly promoted 正科 ≤34, 副科 ≤32
  [
    "新提拔正科 ≤34: 1991-07-01 → 34, passes",
    { kind: "PROMOTION", rank: "SECTION_PRINCIPAL" },
    "D20-AGE-KJ",
    day(1991, 7, 1),
    true,
  ],
  [
    "新提拔正科 ≤34: 1991-06-30 → 35, fails",
    { kind: "PROMOTION", rank: "SECTION_PRINCIPAL" },
    "D20-AGE-KJ",
    day(1991, 6, 30),
    false,
  ],
  [
    "新提拔副科 ≤32: 1993-07-01 → 32, passes",
    { kind: "PROMOTION", rank: "SECTION_DEPUTY" },
    "D20-AGE-KJ",
    day(1993, 7, 1),
    true,
  ],
  [
    "新提拔副科 ≤32: 1993-06-30 → 33, fails",
    { kind: "PROMOTION", rank: "SECTION_DEPUTY" },
    "D20-AGE-KJ",
    day(1993, 6, 30),
    false,
  ],
  [
    "新提拔副处 ≤40 (D20-AGE-FC): 1985-06-30 → 41, fails",
    { kind: "PROMOTION", rank: "DIVISION_DEPUTY" },
    "D20-AGE-FC",
    day(1985, 6, 30),
    false,
  ],
  [
    "新提拔正处 ≤42 (D20-AGE-ZC): 1983-07-01 → 42, passes",
    { kind: "PROMOTION", rank: "DIVISION_PRINCIPAL" },
    "D20-AGE-ZC",
    day(1983, 7, 1),
    true,
  ],
];

describe("D20 age limits, on asOf 2026-06-30", () => {
  it.each(cases)("%s", (_name, target, ruleId, birthDate, passed) => {
    // a 科员: no promotion target is 不适用 to him, and tier fit is not what these rows test
    const v = evaluateCandidate(cadre({ birthDate, rank: "STAFF" }), target, D20, AS_OF);
    const c = v.checks.find((x) => x.ruleId === ruleId);
    expect(c, `${ruleId} missing`).toBeDefined();
    expect(c!.passed).toBe(passed);
    expect(c!.severity).toBe("hard");
    if (!passed) expect(v.eligible).toBe(false);
  });

  it("message names the limit, the age and the date: 副处 41 on 2026-06-30", () => {
    const v = evaluateCandidate(
      cadre({ birthDate: day(1985, 6, 30) }),
      { kind: "POOL", tier: "DIVISION_DEPUTY" },
      D20,
      AS_OF,
    );
    const c = v.checks.find((x) => x.ruleId === "D20-AGE-FC")!;
    expect(c.message).toBe("副处级年轻干部年龄应不超过40岁，该同志现年41岁（截至2026年6月30日）");
    expect(c.values).toMatchObject({ maxAge: 40, age: 41 });
  });

  it("the 左右 tolerance is a profile setting: with tolerance 1, 科级 allows ≤36 (a 37-year-old fails)", () => {
    const tight = resolveProfile({
      key: "t1",
      name: "容差1",
      extends: "district-2020",
      params: { conventions: { aboutTolerance: 1 } },
    });
    const v = evaluateCandidate(cadre({ birthDate: day(1988, 7, 1) }), { kind: "POOL", tier: "SECTION" }, tight, AS_OF);
    expect(v.checks.find((x) => x.ruleId === "D20-AGE-KJ")!.passed).toBe(false);
  });

  it("a 29 February birth: born 1984-02-29 is 42, not 43, on 2027-02-28 (non-leap), so 正处 ≤42 passes", () => {
    const v = evaluateCandidate(
      cadre({ birthDate: day(1984, 2, 29), rank: "DIVISION_DEPUTY", rankSince: day(2020, 1, 1) }),
      { kind: "POOL", tier: "DIVISION_PRINCIPAL" },
      D20,
      day(2027, 2, 28),
    );
    // 2027 is not a leap year: the 43rd birthday is 2027-03-01, so on 02-28 the cadre is 42.
    expect(v.checks.find((x) => x.ruleId === "D20-AGE-ZC")!.values.age).toBe(42);
    expect(v.eligible).toBe(true);
  });
});

describe("SS12 reserve ages (soft: warnings, never ineligible)", () => {
  it.each([
    [
      "正职后备 40左右 ≤42: 43-year-old warns (SS12-AGE-ZZ)",
      "PRINCIPAL_RESERVE",
      "SS12-AGE-ZZ",
      day(1983, 6, 30),
      false,
    ],
    ["正职后备: 42-year-old passes", "PRINCIPAL_RESERVE", "SS12-AGE-ZZ", day(1983, 7, 1), true],
    ["副职后备 35左右 ≤37: 38-year-old warns (SS12-AGE-FZ)", "DEPUTY_RESERVE", "SS12-AGE-FZ", day(1988, 6, 30), false],
    ["副职后备: 37-year-old passes", "DEPUTY_RESERVE", "SS12-AGE-FZ", day(1988, 7, 1), true],
  ] as const)("%s", (_n, tier, ruleId, birthDate, passed) => {
    const facts = cadre({
      birthDate,
      rank: tier === "PRINCIPAL_RESERVE" ? "SECTION_DEPUTY" : "STAFF",
      rankSince: day(2018, 1, 1),
      appointments: [
        {
          postId: "p1",
          unitId: "u1",
          unitType: "PARTY_GOV_DEPT",
          title: "办公室主任",
          isPrincipal: true,
          isPartyGovHead: false,
          rank: "STAFF",
          isMiddleLevel: true,
          startDate: day(2019, 1, 1),
        },
      ],
    });
    const v = evaluateCandidate(facts, { kind: "POOL", tier }, SS12, AS_OF);
    const c = v.checks.find((x) => x.ruleId === ruleId)!;
    expect(c.passed).toBe(passed);
    expect(c.severity).toBe("soft");
    expect(v.eligible).toBe(true);
    expect(v.warnings).toBe(passed ? 0 : 1);
  });
});
