import { describe, expect, it } from "vitest";
import type { CadreFacts, CandidateTarget } from "@/lib/rules";
import { day, evaluateCandidate, isFamilyAbroad, sanctionState } from "@/lib/rules";
import { AS_OF, cadre, checksOf, D20, NAT, SX } from "./fixtures";

const POOL_FC: CandidateTarget = { kind: "POOL", tier: "DIVISION_DEPUTY" };
// a 正科 of six years fits the 副处级 tier (D20-TIER-RANK, D20-TIER-YEARS), so only exclusions decide
const fc = (over: Partial<CadreFacts> = {}) =>
  cadre({ rank: "SECTION_PRINCIPAL", rankSince: day(2020, 1, 1), ...over });

function excl(over: Partial<CadreFacts>, reason: string, asOf = AS_OF) {
  const v = evaluateCandidate(fc(over), POOL_FC, D20, asOf);
  return { v, c: checksOf(v, "ZZ15-EXCL").find((c) => c.values.reason === reason)! };
}

describe("ZZ15-EXCL: 不得列为考察对象 (hard, every target)", () => {
  it.each([
    ["群众公认度不高", { lowPublicRecognition: true }, "LOW_RECOGNITION"],
    ["跑官、拉票", { canvassingRecorded: true }, "CANVASSING"],
    ["其他原因不宜提拔", { otherExclusionNote: "正在接受审查" }, "OTHER"],
    ["配偶已移居国（境）外", { familyMembers: [{ relation: "SPOUSE", emigrated: true }] }, "FAMILY_ABROAD"],
    [
      "无配偶、子女均已移居",
      {
        familyMembers: [
          { relation: "SON", emigrated: true },
          { relation: "DAUGHTER", emigrated: true },
        ],
      },
      "FAMILY_ABROAD",
    ],
    [
      "配偶已故、唯一子女已移居",
      {
        familyMembers: [
          { relation: "SPOUSE", deceased: true },
          { relation: "DAUGHTER", emigrated: true },
        ],
      },
      "FAMILY_ABROAD",
    ],
    [
      "2025年度基本称职 (within 2023—2025)",
      { assessments: [{ year: 2025, grade: "BASICALLY_COMPETENT" }] },
      "ASSESSMENT",
    ],
    [
      "2023年度不称职 (oldest year of the window)",
      { assessments: [{ year: 2023, grade: "INCOMPETENT" }] },
      "ASSESSMENT",
    ],
  ] as [string, Partial<CadreFacts>, string][])("%s → excluded", (_n, over, reason) => {
    const { v, c } = excl(over, reason);
    expect(c.passed).toBe(false);
    expect(c.severity).toBe("hard");
    expect(c.message).toContain("不得列为考察对象");
    expect(v.eligible).toBe(false);
  });

  it.each([
    ["spouse at home, one child emigrated", [{ relation: "SPOUSE" }, { relation: "SON", emigrated: true }], false],
    [
      "no spouse, one of two children emigrated",
      [{ relation: "SON", emigrated: true }, { relation: "DAUGHTER" }],
      false,
    ],
    ["no spouse and no children", [], false],
    ["emigrated parents do not count", [{ relation: "FATHER", emigrated: true }], false],
    ["spouse emigrated", [{ relation: "SPOUSE", emigrated: true }], true],
  ] as const)("裸官 reading: %s → %s", (_n, members, expected) => {
    expect(isFamilyAbroad({ familyMembers: members.map((m) => ({ ...m })) })).toBe(expected);
  });

  it("2022年度基本称职 is outside 近三年 on 2026-06-30 (window 2023—2025) → not excluded", () => {
    expect(excl({ assessments: [{ year: 2022, grade: "BASICALLY_COMPETENT" }] }, "ASSESSMENT").c.passed).toBe(true);
  });

  it("applies to every target, e.g. a 墩苗 posting under shanxi-dunmiao", () => {
    const v = evaluateCandidate(
      fc({ canvassingRecorded: true }),
      { kind: "DUNMIAO", role: "DEPUTY_SECRETARY" },
      SX,
      AS_OF,
    );
    expect(checksOf(v, "ZZ15-EXCL").some((c) => !c.passed)).toBe(true);
    expect(v.eligible).toBe(false);
  });
});

describe("sanction effect period (影响期, inclusive last day)", () => {
  const sanction = (effectEndsOn: Date | null, extra: object = {}) => ({
    sanctions: [{ kind: "PARTY_WARNING" as const, decidedOn: day(2025, 6, 30), effectEndsOn, ...extra }],
  });
  it.each([
    ["ended yesterday (2026-06-29) → no longer excludes", day(2026, 6, 29), true],
    ["ends today (2026-06-30) → still excludes", day(2026, 6, 30), false],
    ["ends tomorrow (2026-07-01) → excludes", day(2026, 7, 1), false],
    ["end not recorded → treated as in effect", null, false],
  ])("%s", (_n, ends, passed) => {
    expect(excl(sanction(ends), "SANCTION").c.passed).toBe(passed);
  });

  it("D20-MGMT-ERROR-TOLERANCE: a tolerated sanction never counts, and the verdict cites the tolerance", () => {
    const { v, c } = excl(sanction(day(2027, 1, 1), { tolerated: true }), "SANCTION");
    expect(c.passed).toBe(true);
    const t = checksOf(v, "D20-MGMT-ERROR-TOLERANCE");
    expect(t).toHaveLength(1);
    expect(t[0].passed).toBe(true);
    expect(v.eligible).toBe(true);
  });

  it("a sanction revoked on or before asOf no longer counts", () => {
    expect(excl(sanction(day(2027, 1, 1), { revokedAt: day(2026, 6, 30) }), "SANCTION").c.passed).toBe(true);
    expect(excl(sanction(day(2027, 1, 1), { revokedAt: day(2026, 7, 1) }), "SANCTION").c.passed).toBe(false);
  });

  it("a sanction decided after asOf does not count yet (history is read as of asOf)", () => {
    const s = { kind: "GOV_DEMERIT" as const, decidedOn: day(2026, 7, 1), effectEndsOn: day(2027, 12, 31) };
    expect(sanctionState(s, AS_OF)).toBe("NOT_YET");
    expect(sanctionState(s, day(2026, 7, 1))).toBe("IN_EFFECT");
  });
});

describe("ZZ15-PMR and D20-MGMT-RECORD", () => {
  it("a false or missing personal-matters report blocks (hard), naming the year", () => {
    const v = evaluateCandidate(
      fc({
        personalMattersReports: [
          { year: 2024, falseOrMissing: true },
          { year: 2025, falseOrMissing: false },
        ],
      }),
      POOL_FC,
      D20,
      AS_OF,
    );
    const c = checksOf(v, "ZZ15-PMR")[0];
    expect(c.passed).toBe(false);
    expect(c.message).toContain("2024年度");
    expect(v.eligible).toBe(false);
  });

  it("reports without findings pass", () => {
    const v = evaluateCandidate(
      fc({ personalMattersReports: [{ year: 2025, falseOrMissing: false }] }),
      POOL_FC,
      NAT,
      AS_OF,
    );
    expect(checksOf(v, "ZZ15-PMR")[0].passed).toBe(true);
  });

  it("a recorded problem is a warning (soft); a tolerated mistake is not a recorded problem", () => {
    const talks = [
      { kind: "REMINDER" as const, talkedOn: day(2026, 3, 1), problemRecorded: true },
      { kind: "REMINDER" as const, talkedOn: day(2026, 4, 1), problemRecorded: true, errorTolerated: true },
    ];
    const v = evaluateCandidate(fc({ talks }), POOL_FC, D20, AS_OF);
    const c = checksOf(v, "D20-MGMT-RECORD")[0];
    expect(c.passed).toBe(false);
    expect(c.severity).toBe("soft");
    expect(c.values.recordedProblems).toBe(1);
    expect(v.eligible).toBe(true);
    expect(checksOf(v, "D20-MGMT-ERROR-TOLERANCE")[0].values.toleratedTalks).toBe(1);
  });
});
