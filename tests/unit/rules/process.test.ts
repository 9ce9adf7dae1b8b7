import { describe, expect, it } from "vitest";
import {
  archiveCompleteness,
  borrowingCheck,
  canAdvance,
  day,
  evaluateShanxiProgramme,
  nextStage,
  pmrMajorMatterDue,
  poolExitSignals,
  probationEnd,
  procedureOf,
  reserveManager,
  tuitionSubsidy,
} from "@/lib/rules";
import { AS_OF, cadre, D20, entry, NAT, SS12, SX, WS, ZZ15 } from "./fixtures";

describe("ZZ15-PROCESS: seven steps in order", () => {
  it("lists 动议 → 民主推荐 → 考察 → 酝酿 → 讨论决定 → 公示 → 任职", () => {
    expect(procedureOf(ZZ15)).toMatchObject({
      ruleId: "ZZ15-PROCESS",
      steps: ["PROPOSED", "RECOMMENDED", "INVESTIGATED", "DELIBERATED", "DECIDED", "PUBLICIZED", "APPOINTED"],
    });
  });
  it.each([
    ["INVESTIGATED → DELIBERATED", "INVESTIGATED", "DELIBERATED", true],
    ["DECIDED → PUBLICIZED", "DECIDED", "PUBLICIZED", true],
    ["skipping 考察 (RECOMMENDED → DELIBERATED) is refused", "RECOMMENDED", "DELIBERATED", false],
    ["going back (DECIDED → INVESTIGATED) is refused", "DECIDED", "INVESTIGATED", false],
    ["reject from 考察", "INVESTIGATED", "REJECTED", true],
    ["nothing after 任职", "APPOINTED", "WITHDRAWN", false],
  ] as const)("%s", (_n, from, to, ok) => {
    const r = canAdvance(from, to, ZZ15);
    expect(r.ok).toBe(ok);
    expect(r.ruleId).toBe("ZZ15-PROCESS");
  });
  it("the refusal names the order", () => {
    expect(canAdvance("RECOMMENDED", "DELIBERATED", ZZ15).message).toContain("“民主推荐”之后应为“考察”");
  });
});

describe("SS12-PROCESS: reserve listing without publicity", () => {
  const ss12Only = { ...SS12, rules: SS12.rules.filter((r) => r !== "ZZ15-PROCESS") };
  it("推荐 → 考察测评 → 方案 → 常委会确定 → 入库", () => {
    expect(procedureOf(ss12Only).ruleId).toBe("SS12-PROCESS");
    expect(nextStage("DECIDED", ss12Only)).toBe("APPOINTED");
    expect(canAdvance("DECIDED", "PUBLICIZED", ss12Only).ok).toBe(false);
  });
});

describe("administrative rules", () => {
  it.each([
    ["2 months from 2026-03-01 → last allowed 2026-04-30", day(2026, 4, 30), true],
    ["until 2026-05-01 → too long", day(2026, 5, 1), false],
  ])("ZZ15-BORROW: %s", (_n, endDate, ok) => {
    const [approval, length] = borrowingCheck(
      { startDate: day(2026, 3, 1), endDate, approved: true, filed: true },
      ZZ15,
    );
    expect(approval.passed).toBe(true);
    expect(length.passed).toBe(ok);
  });
  it("ZZ15-BORROW: without approval and filing → fails", () => {
    expect(
      borrowingCheck({ startDate: day(2026, 3, 1), endDate: day(2026, 3, 31), approved: false, filed: false }, ZZ15)[0]
        .passed,
    ).toBe(false);
  });
  it.each([
    ["master, ¥30,000 → 20% = ¥6,000", "MASTER", 30000, false, 6000],
    ["doctor, ¥50,000 → 30% = ¥15,000, capped at ¥10,000", "DOCTOR", 50000, false, 10000],
    ["MPA, ¥20,000 → 30% = ¥6,000", "MPA", 20000, false, 6000],
    ["already subsidised for another level → ¥0", "MASTER", 30000, true, 0],
  ] as const)("ZZ15-TUITION: %s", (_n, degree, tuition, previouslySubsidized, amount) => {
    expect(tuitionSubsidy({ degree, tuition, previouslySubsidized }, ZZ15).amount).toBe(amount);
  });
  it("SS12-MANAGE: 正职后备 by the department, 副职后备 jointly", () => {
    expect(reserveManager("PRINCIPAL_RESERVE").manager).toBe("ORG_DEPT");
    expect(reserveManager("DEPUTY_RESERVE").manager).toBe("UNIT_AND_ORG_DEPT");
  });
  it("SS12-ARCHIVE: lists the missing parts of the file", () => {
    const c = archiveCompleteness(
      ["SUMMARY", "RECOMMENDATION", "APPRAISAL", "ASSESSMENT", "TRAINING_AND_REWARDS"],
      SS12,
    );
    expect(c).toMatchObject({ passed: false, ruleId: "SS12-ARCHIVE" });
    expect(c.message).toContain("考察材料及培养方案");
  });
  it("NAT-PROBATION: appointed 2026-06-30 → probation through 2027-06-29", () => {
    expect(probationEnd(AS_OF, NAT).endsOn).toEqual(day(2027, 6, 29));
  });
  it("ZZ15-PMR: a major matter on 2026-01-31 must be reported by 2026-02-28", () => {
    expect(pmrMajorMatterDue(day(2026, 1, 31), ZZ15).dueOn).toEqual(day(2026, 2, 28));
  });
});

describe("SX-UP-SIZE and SX-DOWN-SIZE", () => {
  it("190 selected (57 provincial, 133 city) against ≈200 → met from 180; provincial ≈60 met from 54", () => {
    const up = Array.from({ length: 190 }, (_, i) => ({
      id: `u${i}`,
      level: i < 57 ? ("PROVINCIAL" as const) : ("CITY" as const),
    }));
    const rows = evaluateShanxiProgramme(up, [], SX);
    expect(rows.find((r) => r.key === "SX-UP-SIZE:TOTAL")).toMatchObject({
      status: "MET",
      target: { count: 200, metAt: 180 },
    });
    expect(rows.find((r) => r.key === "SX-UP-SIZE:PROVINCIAL")!.status).toBe("MET");
    expect(rows.find((r) => r.key === "SX-DOWN-SIZE:TOTAL")!.status).toBe("NOT_MET");
  });
});

describe("poolExitSignals: what the yearly review weighs", () => {
  const e = entry("e-1", "DIVISION_DEPUTY", { birthDate: day(1990, 1, 1) });
  const wsd20 = { ...D20, rules: [...D20.rules, ...WS.rules] };
  it("WS-POOL-DYNAMIC: over the tier's age limit → no longer meets the conditions", () => {
    const signals = poolExitSignals(e, cadre({ birthDate: day(1985, 6, 30) }), wsd20, AS_OF);
    expect(signals[0]).toMatchObject({ ruleId: "WS-POOL-DYNAMIC", passed: false });
    expect(signals[0].message).toContain("D20-AGE-FC");
  });
  it("WS-POOL-DYNAMIC 状态滑坡: 2024 优秀 → 2025 称职", () => {
    const signals = poolExitSignals(
      e,
      cadre({
        assessments: [
          { year: 2024, grade: "EXCELLENT" },
          { year: 2025, grade: "COMPETENT" },
        ],
      }),
      wsd20,
      AS_OF,
    );
    expect(signals.some((s) => s.ruleId === "WS-POOL-DYNAMIC" && s.message.includes("状态滑坡"))).toBe(true);
  });
  it("WS-TALKS: an 诫勉谈话 within 12 months is a warning sign; a tolerated one is not", () => {
    const talks = [{ kind: "ADMONITION" as const, talkedOn: day(2026, 1, 1) }];
    expect(poolExitSignals(e, cadre({ talks }), wsd20, AS_OF).some((s) => s.ruleId === "WS-TALKS")).toBe(true);
    const tolerated = [{ ...talks[0], errorTolerated: true }];
    const signals = poolExitSignals(e, cadre({ talks: tolerated }), wsd20, AS_OF);
    expect(signals.some((s) => s.ruleId === "WS-TALKS")).toBe(false);
    expect(signals.some((s) => s.ruleId === "D20-MGMT-ERROR-TOLERANCE")).toBe(true);
  });
  it("WS-ASSESS: last year's annual grade missing", () => {
    expect(
      poolExitSignals(e, cadre({ assessments: [{ year: 2024, grade: "COMPETENT" }] }), wsd20, AS_OF).some(
        (s) => s.ruleId === "WS-ASSESS",
      ),
    ).toBe(true);
  });
  it("D20-MGMT-RECORD: a recorded problem is raised at the review", () => {
    const talks = [{ kind: "HEART_TO_HEART" as const, talkedOn: day(2025, 1, 1), problemRecorded: true }];
    expect(poolExitSignals(e, cadre({ talks }), D20, AS_OF).some((s) => s.ruleId === "D20-MGMT-RECORD")).toBe(true);
  });
  it("a clean eligible cadre raises nothing", () => {
    const fits = cadre({ rank: "SECTION_PRINCIPAL", rankSince: day(2020, 1, 1) }); // fits the 副处级 tier
    expect(poolExitSignals(e, fits, wsd20, AS_OF)).toEqual([]);
  });
});
