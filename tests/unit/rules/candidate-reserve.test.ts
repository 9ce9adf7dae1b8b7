import { describe, expect, it } from "vitest";
import type { CadreAppointmentFact, CadreFacts } from "@/lib/rules";
import { day, evaluateCandidate } from "@/lib/rules";
import { AS_OF, cadre, checksOf, D20, SS12 } from "./fixtures";

const deputyPost: CadreAppointmentFact = {
  postId: "p-dep",
  unitId: "u1",
  unitType: "PARTY_GOV_DEPT",
  title: "副局长",
  isPrincipal: false,
  isPartyGovHead: false,
  rank: "SECTION_DEPUTY",
  startDate: day(2021, 3, 1),
};
const middlePost: CadreAppointmentFact = {
  postId: "p-mid",
  unitId: "u1",
  unitType: "PARTY_GOV_DEPT",
  title: "办公室主任",
  isPrincipal: true,
  isPartyGovHead: false,
  rank: "STAFF",
  isMiddleLevel: true,
  startDate: day(2022, 1, 1),
};

describe("SS12-ELIG-*: who may be listed as a section-level reserve (hard)", () => {
  it.each([
    [
      "正职后备: current deputy leader → ok",
      "PRINCIPAL_RESERVE",
      { rank: "SECTION_DEPUTY", appointments: [deputyPost] },
      "SS12-ELIG-ZZ",
      true,
    ],
    [
      "正职后备: a 科员 → not from a deputy post",
      "PRINCIPAL_RESERVE",
      { rank: "STAFF", appointments: [] },
      "SS12-ELIG-ZZ",
      false,
    ],
    [
      "正职后备: deputy post ended 2026-06-29 and rank now STAFF → fails",
      "PRINCIPAL_RESERVE",
      { rank: "STAFF", appointments: [{ ...deputyPost, endDate: day(2026, 6, 29) }] },
      "SS12-ELIG-ZZ",
      false,
    ],
    [
      "副职后备: 科员 since 2024-06-30 (2 years on asOf) → ok",
      "DEPUTY_RESERVE",
      { rank: "STAFF", rankSince: day(2024, 6, 30), appointments: [middlePost] },
      "SS12-ELIG-FZ",
      true,
    ],
    [
      "副职后备: 科员 since 2024-07-01 (2 years minus 1 day) → fails",
      "DEPUTY_RESERVE",
      { rank: "STAFF", rankSince: day(2024, 7, 1), appointments: [middlePost] },
      "SS12-ELIG-FZ",
      false,
    ],
    [
      "副职后备: no middle-level post → fails",
      "DEPUTY_RESERVE",
      { rank: "STAFF", rankSince: day(2020, 1, 1), appointments: [] },
      "SS12-ELIG-FZ",
      false,
    ],
    [
      "在职在编: a retired cadre → fails",
      "DEPUTY_RESERVE",
      { status: "RETIRED", rank: "STAFF", appointments: [middlePost] },
      "SS12-ELIG-STAFF",
      false,
    ],
    [
      "在职在编: SOE staff → fails",
      "DEPUTY_RESERVE",
      { unitType: "SOE", rank: "STAFF", appointments: [middlePost] },
      "SS12-ELIG-STAFF",
      false,
    ],
  ] as [string, "PRINCIPAL_RESERVE" | "DEPUTY_RESERVE", Partial<CadreFacts>, string, boolean][])(
    "%s",
    (_n, tier, over, ruleId, passed) => {
      const v = evaluateCandidate(cadre(over), { kind: "POOL", tier }, SS12, AS_OF);
      const cs = checksOf(v, ruleId);
      expect(cs.length).toBeGreaterThan(0);
      expect(cs.every((c) => c.passed)).toBe(passed);
      expect(v.eligible).toBe(passed);
    },
  );
});

describe("SS12-FAST-TRACK", () => {
  it("three consecutive 优秀 (2023—2025) is noted as the fast track", () => {
    const assessments = [2023, 2024, 2025].map((year) => ({ year, grade: "EXCELLENT" as const }));
    const v = evaluateCandidate(
      cadre({ assessments, rank: "SECTION_DEPUTY" }),
      { kind: "POOL", tier: "PRINCIPAL_RESERVE" },
      SS12,
      AS_OF,
    );
    const c = checksOf(v, "SS12-FAST-TRACK");
    expect(c).toHaveLength(1);
    expect(c[0].values.excellentStreak).toBe(3);
  });
  it("two 优秀 then 称职 is not", () => {
    const assessments = [
      { year: 2023, grade: "EXCELLENT" as const },
      { year: 2024, grade: "COMPETENT" as const },
      { year: 2025, grade: "EXCELLENT" as const },
    ];
    const v = evaluateCandidate(cadre({ assessments }), { kind: "POOL", tier: "PRINCIPAL_RESERVE" }, SS12, AS_OF);
    expect(checksOf(v, "SS12-FAST-TRACK")).toHaveLength(0);
  });
  it("found through competitive selection is noted", () => {
    const v = evaluateCandidate(
      cadre({ foundByCompetitiveSelection: true }),
      { kind: "POOL", tier: "DEPUTY_RESERVE" },
      SS12,
      AS_OF,
    );
    expect(checksOf(v, "SS12-FAST-TRACK")[0].values.competitive).toBe(true);
  });
});

describe("NAT-STEP-DEPUTY and NAT-EXP for promotions", () => {
  it.each([
    [
      "副科 → 正科 after exactly 2 years (since 2024-06-30) → ok",
      "SECTION_PRINCIPAL",
      { rank: "SECTION_DEPUTY", rankSince: day(2024, 6, 30) },
      true,
    ],
    [
      "副科 → 正科 one day short (since 2024-07-01) → fails",
      "SECTION_PRINCIPAL",
      { rank: "SECTION_DEPUTY", rankSince: day(2024, 7, 1) },
      false,
    ],
    [
      "正科 → 副处 after 3 years (since 2023-06-30) → ok",
      "DIVISION_DEPUTY",
      { rank: "SECTION_PRINCIPAL", rankSince: day(2023, 6, 30) },
      true,
    ],
    [
      "正科 → 副处 after 2 years → fails",
      "DIVISION_DEPUTY",
      { rank: "SECTION_PRINCIPAL", rankSince: day(2024, 6, 30) },
      false,
    ],
    [
      "科员 → 正科 skips a level (破格) → fails",
      "SECTION_PRINCIPAL",
      { rank: "STAFF", rankSince: day(2015, 1, 1) },
      false,
    ],
  ] as [string, "SECTION_PRINCIPAL" | "DIVISION_DEPUTY", Partial<CadreFacts>, boolean][])(
    "%s",
    (_n, rank, over, passed) => {
      const v = evaluateCandidate(
        cadre({ birthDate: day(1992, 1, 1), ...over }),
        { kind: "PROMOTION", rank },
        D20,
        AS_OF,
      );
      const c = checksOf(v, "NAT-STEP-DEPUTY")[0];
      expect(c.passed).toBe(passed);
      expect(c.severity).toBe("hard");
    },
  );

  it("NAT-EXP: 县处级 needs 5 years' work and 2 years at the grassroots (soft)", () => {
    const street: CadreAppointmentFact = {
      postId: "p",
      unitId: "s1",
      unitType: "STREET",
      title: "街道办事处副主任",
      isPrincipal: false,
      isPartyGovHead: false,
      rank: "SECTION_DEPUTY",
      startDate: day(2024, 6, 30),
    };
    const ok = evaluateCandidate(
      cadre({ workStartDate: day(2021, 6, 30), appointments: [street] }),
      { kind: "PROMOTION", rank: "DIVISION_DEPUTY" },
      D20,
      AS_OF,
    );
    expect(checksOf(ok, "NAT-EXP").map((c) => c.passed)).toEqual([true, true]);
    const short = evaluateCandidate(
      cadre({ workStartDate: day(2021, 7, 1), appointments: [{ ...street, startDate: day(2024, 7, 1) }] }),
      { kind: "PROMOTION", rank: "DIVISION_DEPUTY" },
      D20,
      AS_OF,
    );
    expect(checksOf(short, "NAT-EXP").map((c) => c.passed)).toEqual([false, false]);
    expect(checksOf(short, "NAT-EXP")[0].severity).toBe("soft");
  });
});
