import { describe, expect, it } from "vitest";
import type { CadreAppointmentFact, CadreFacts, DunmiaoRole } from "@/lib/rules";
import { day, evaluateCandidate } from "@/lib/rules";
import { AS_OF, cadre, checksOf, ftCollege, inServiceBachelor, SX } from "./fixtures";

const secretary = (startDate: Date, endDate: Date | null = null): CadreAppointmentFact => ({
  postId: "p-sec",
  unitId: "t1",
  unitType: "TOWNSHIP",
  title: "镇党委书记",
  isPrincipal: true,
  isPartyGovHead: true,
  rank: "SECTION_PRINCIPAL",
  startDate,
  endDate,
});
const mayor: CadreAppointmentFact = {
  postId: "p-may",
  unitId: "t1",
  unitType: "TOWNSHIP",
  title: "镇长",
  isPrincipal: true,
  isPartyGovHead: true,
  rank: "SECTION_PRINCIPAL",
  startDate: day(2022, 1, 1),
};

describe("SX-UP-*: township secretaries selected upward", () => {
  const good = {
    rank: "SECTION_PRINCIPAL" as const,
    birthDate: day(1981, 6, 30),
    appointments: [secretary(day(2023, 6, 30))],
  };
  it("a 45-year-old secretary with 3 years in post and 称职 2023—2025 qualifies for a provincial post", () => {
    const v = evaluateCandidate(cadre(good), { kind: "TOWNSHIP_UP", level: "PROVINCIAL" }, SX, AS_OF);
    expect(v.eligible, JSON.stringify(v.checks.filter((c) => !c.passed))).toBe(true);
    expect(checksOf(v, "SX-UP-AGE")[0].values).toMatchObject({ maxAge: 45, age: 45 });
  });
  it.each([
    ["46 for a provincial post (≤45) → SX-UP-AGE fails", { birthDate: day(1980, 6, 30) }, "PROVINCIAL", "SX-UP-AGE"],
    ["51 for a city post (≤50) → SX-UP-AGE fails", { birthDate: day(1975, 6, 30) }, "CITY", "SX-UP-AGE"],
    [
      "secretary since 2023-07-01: 3 years minus a day → SX-UP-ELIG fails",
      { appointments: [secretary(day(2023, 7, 1))] },
      "CITY",
      "SX-UP-ELIG",
    ],
    [
      "2024年度基本称职 → SX-UP-ELIG fails",
      {
        assessments: [
          { year: 2023, grade: "COMPETENT" },
          { year: 2024, grade: "BASICALLY_COMPETENT" },
          { year: 2025, grade: "EXCELLENT" },
        ],
      },
      "CITY",
      "SX-UP-ELIG",
    ],
    [
      "2025年度 not recorded → SX-UP-ELIG fails",
      {
        assessments: [
          { year: 2023, grade: "COMPETENT" },
          { year: 2024, grade: "COMPETENT" },
        ],
      },
      "CITY",
      "SX-UP-ELIG",
    ],
    ["health POOR → SX-UP-ELIG fails", { health: "POOR" }, "CITY", "SX-UP-ELIG"],
    [
      "高中 only → SX-UP-ELIG fails",
      { education: [{ level: "HIGH_SCHOOL", degree: "NONE", fullTime: true }] },
      "CITY",
      "SX-UP-ELIG",
    ],
  ] as [string, Partial<CadreFacts>, "PROVINCIAL" | "CITY", string][])("%s", (_n, over, level, ruleId) => {
    const v = evaluateCandidate(cadre({ ...good, ...over }), { kind: "TOWNSHIP_UP", level }, SX, AS_OF);
    expect(checksOf(v, ruleId).some((c) => !c.passed)).toBe(true);
    expect(v.eligible).toBe(false);
  });
  it("two secretary stints totalling 3 years count cumulatively (累计)", () => {
    const apps = [secretary(day(2019, 1, 1), day(2020, 12, 31)), secretary(day(2025, 6, 30))];
    const v = evaluateCandidate(
      cadre({ ...good, appointments: apps }),
      { kind: "TOWNSHIP_UP", level: "CITY" },
      SX,
      AS_OF,
    );
    expect(checksOf(v, "SX-UP-ELIG").every((c) => c.passed)).toBe(true);
  });
  it("SX-UP-MAYOR: a township head ≤40 with a full-time bachelor qualifies; an in-service bachelor does not", () => {
    const base = { birthDate: day(1986, 7, 1), appointments: [mayor] };
    const ok = evaluateCandidate(cadre(base), { kind: "TOWNSHIP_UP", level: "CITY", route: "HEAD" }, SX, AS_OF);
    expect(checksOf(ok, "SX-UP-MAYOR").every((c) => c.passed)).toBe(true);
    expect(ok.eligible).toBe(true);
    const inService = evaluateCandidate(
      cadre({ ...base, education: [ftCollege, inServiceBachelor] }),
      { kind: "TOWNSHIP_UP", level: "CITY", route: "HEAD" },
      SX,
      AS_OF,
    );
    expect(inService.eligible).toBe(false);
    const old = evaluateCandidate(
      cadre({ ...base, birthDate: day(1985, 6, 30) }),
      { kind: "TOWNSHIP_UP", level: "CITY", route: "HEAD" },
      SX,
      AS_OF,
    );
    expect(checksOf(old, "SX-UP-MAYOR").find((c) => c.values.maxAge === 40)!.passed).toBe(false);
  });
});

describe("SX-DOWN-*: 墩苗 postings by role", () => {
  it.each([
    ["书记: 正科 aged 32 → ok", "SECRETARY", { rank: "SECTION_PRINCIPAL", birthDate: day(1994, 1, 1) }, true, null],
    [
      "书记: 副科 → SX-DOWN-RANK fails",
      "SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1996, 1, 1) },
      false,
      "SX-DOWN-RANK",
    ],
    [
      "乡镇长: 正处 → SX-DOWN-RANK fails",
      "HEAD",
      { rank: "DIVISION_PRINCIPAL", birthDate: day(1990, 1, 1) },
      false,
      "SX-DOWN-RANK",
    ],
    [
      "副书记: 副科 aged 32 (1993-07-01) → ok",
      "DEPUTY_SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1993, 7, 1) },
      true,
      null,
    ],
    [
      "副书记: 科级 aged 33 (1993-06-30) → SX-DOWN-AGE fails",
      "DEPUTY_SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1993, 6, 30) },
      false,
      "SX-DOWN-AGE",
    ],
    [
      "书记: 副处 aged 38 (1987-07-01) → ok",
      "SECRETARY",
      { rank: "DIVISION_DEPUTY", birthDate: day(1987, 7, 1) },
      true,
      null,
    ],
    [
      "书记: 副处 aged 39 → SX-DOWN-AGE fails",
      "SECRETARY",
      { rank: "DIVISION_DEPUTY", birthDate: day(1987, 6, 30) },
      false,
      "SX-DOWN-AGE",
    ],
    [
      "非党员 → SX-DOWN-ELIG fails",
      "DEPUTY_SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1996, 1, 1), politicalStatus: "DEMOCRATIC_PARTY" },
      false,
      "SX-DOWN-ELIG",
    ],
    [
      "预备党员 → accepted",
      "DEPUTY_SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1996, 1, 1), politicalStatus: "CPC_PROBATIONARY" },
      true,
      null,
    ],
    [
      "在职本科 only → SX-DOWN-ELIG fails",
      "DEPUTY_SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1996, 1, 1), education: [ftCollege, inServiceBachelor] },
      false,
      "SX-DOWN-ELIG",
    ],
    [
      "health FAIR → SX-DOWN-ELIG fails (身体健康)",
      "DEPUTY_SECRETARY",
      { rank: "SECTION_DEPUTY", birthDate: day(1996, 1, 1), health: "FAIR" },
      false,
      "SX-DOWN-ELIG",
    ],
  ] as [string, DunmiaoRole, Partial<CadreFacts>, boolean, string | null][])(
    "%s",
    (_n, role, over, eligible, failing) => {
      const v = evaluateCandidate(cadre(over), { kind: "DUNMIAO", role }, SX, AS_OF);
      expect(v.eligible, JSON.stringify(v.checks.filter((c) => !c.passed))).toBe(eligible);
      if (failing) expect(checksOf(v, failing).some((c) => !c.passed)).toBe(true);
    },
  );
  it("the over-age message cites the limit: 选派的科级干部年龄应不超过32岁，该同志现年33岁", () => {
    const v = evaluateCandidate(
      cadre({ rank: "SECTION_DEPUTY", birthDate: day(1993, 6, 30) }),
      { kind: "DUNMIAO", role: "DEPUTY_SECRETARY" },
      SX,
      AS_OF,
    );
    expect(checksOf(v, "SX-DOWN-AGE")[0].message).toBe(
      "选派的科级干部年龄应不超过32岁，该同志现年33岁（截至2026年6月30日）",
    );
  });
});
