import { describe, expect, it } from "vitest";
import type { TrainingFact } from "@/lib/rules";
import {
  concentratedSurveyDue,
  day,
  developmentPlanCheck,
  evaluatePractice,
  isWorkingDay,
  mentorshipFollowUp,
  poolReviewDue,
  practiceReviewDue,
  publicityCheck,
  publicityEnd,
  recommendationCheck,
  recommendationValidUntil,
  trainingCompliance,
  youngCadreClassCheck,
} from "@/lib/rules";
import { ALL, AS_OF, D20, entry, NAT, SS12, SX, WS, ZZ15 } from "./fixtures";

// 2026: 国庆 1–7 Oct (Thu–Wed), with make-up working days Sun 27 Sep and Sat 10 Oct (illustrative data).
const cal = {
  holidays: ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"],
  workdays: ["2026-09-27", "2026-10-10"],
};

describe("NAT-PUBLICITY: publicityEnd counts working days", () => {
  it.each([
    ["Mon 2026-06-29 + 5 → Fri 07-03", day(2026, 6, 29), day(2026, 7, 3)],
    ["Wed 2026-07-01 + 5 across a weekend → Tue 07-07", day(2026, 7, 1), day(2026, 7, 7)],
    ["Sat 2026-07-04 start → first working day Mon 07-06, ends Fri 07-10", day(2026, 7, 4), day(2026, 7, 10)],
    [
      "Tue 2026-09-29 across 国庆: 29, 30, (holidays and weekend), Thu 10-08, Fri 10-09, make-up Sat 10-10 → Sat 10-10",
      day(2026, 9, 29),
      day(2026, 10, 10),
    ],
    [
      "Sun 2026-09-27 is a 调休 working day: 09-27, 28, 29, 30, then 10-08 → Thu 10-08",
      day(2026, 9, 27),
      day(2026, 10, 8),
    ],
  ])("%s", (_n, start, end) => {
    expect(publicityEnd(start, 5, cal)).toEqual(end);
  });
  it("isWorkingDay: holiday on a weekday is not, a make-up Saturday is", () => {
    expect(isWorkingDay(day(2026, 10, 5), cal)).toBe(false);
    expect(isWorkingDay(day(2026, 10, 10), cal)).toBe(true);
    expect(isWorkingDay(day(2026, 10, 11), cal)).toBe(false);
  });
  it("publicityCheck: 4 working days fails, 5 pass", () => {
    expect(publicityCheck(day(2026, 6, 29), day(2026, 7, 2), NAT, cal).passed).toBe(false);
    expect(publicityCheck(day(2026, 6, 29), day(2026, 7, 3), NAT, cal)).toMatchObject({
      passed: true,
      ruleId: "NAT-PUBLICITY",
    });
  });
  it("rejects a non-positive number of days", () => {
    expect(() => publicityEnd(day(2026, 6, 29), 0, cal)).toThrow("正整数");
  });
});

describe("ZZ15-REC-VALID: a recommendation is valid for one year", () => {
  it("recommended 2025-06-30 is valid through 2026-06-29", () => {
    expect(recommendationValidUntil(day(2025, 6, 30), ZZ15)).toEqual(day(2026, 6, 29));
  });
  it.each([
    ["recommended 2025-07-01 → still valid on 2026-06-30", day(2025, 7, 1), true],
    ["recommended 2025-06-30 → expired on 2026-06-30", day(2025, 6, 30), false],
  ])("%s", (_n, on, ok) => {
    expect(recommendationCheck(on, ZZ15, AS_OF).passed).toBe(ok);
  });
  it("recommended 2026-07-01, after the 2026-06-30 reference date → not valid yet, and not called 已过期", () => {
    const c = recommendationCheck(day(2026, 7, 1), ZZ15, AS_OF);
    expect(c.passed).toBe(false);
    expect(c.message).not.toContain("已过期");
    expect(c.message).toContain("推荐日期晚于2026年6月30日，请核对推荐日期");
  });
  it("recommended 2025-06-30, checked 2026-06-30 → 已过期 (the past still says so)", () => {
    expect(recommendationCheck(day(2025, 6, 30), ZZ15, AS_OF).message).toContain("已过期，须重新推荐");
  });
  it("29 Feb: recommended 2024-02-29 → valid through 2025-02-27 (anniversary clamps to 28 Feb)", () => {
    expect(recommendationValidUntil(day(2024, 2, 29), ZZ15)).toEqual(day(2025, 2, 27));
  });
});

const tr = (over: Partial<TrainingFact>): TrainingFact => ({
  kind: "PARTY_SPIRIT",
  startDate: day(2024, 5, 1),
  endDate: day(2024, 5, 7),
  hours: 40,
  fullTimeOffJob: true,
  completed: true,
  ...over,
});

describe("WS-POLITICAL-TRAINING: ≥1 week off-job every 3 years", () => {
  it.each([
    ["ended 2023-07-01 (3 years minus one day) → fine", day(2023, 6, 25), day(2023, 7, 1), true],
    ["ended 2023-06-30 (exactly 3 years) → fine", day(2023, 6, 24), day(2023, 6, 30), true],
    ["ended 2023-06-29 (3 years plus one day) → behind", day(2023, 6, 23), day(2023, 6, 29), false],
  ])("%s", (_n, startDate, endDate, ok) => {
    const r = trainingCompliance({ trainings: [tr({ startDate, endDate })] }, WS, AS_OF);
    expect(r.checks.find((c) => c.ruleId === "WS-POLITICAL-TRAINING")!.passed).toBe(ok);
  });
  it.each([
    ["6 days is not a week", tr({ startDate: day(2025, 5, 1), endDate: day(2025, 5, 6) })],
    ["not off-job (不脱产)", tr({ fullTimeOffJob: false })],
    ["not completed", tr({ completed: false })],
    ["an online course", tr({ kind: "ONLINE" })],
  ])("does not qualify: %s", (_n, t) => {
    expect(
      trainingCompliance({ trainings: [t] }, WS, AS_OF).checks.find((c) => c.ruleId === "WS-POLITICAL-TRAINING")!
        .passed,
    ).toBe(false);
  });
  it("a member who entered the pool on 2024-01-01 is not behind before 2027-01-01", () => {
    const r = trainingCompliance({ trainings: [], enteredOn: day(2024, 1, 1) }, WS, AS_OF);
    expect(r.politicalDueOn).toEqual(day(2027, 1, 1));
    expect(r.checks[0].passed).toBe(true);
  });
});

describe("WS-TRAIN-HOURS and D20-TRAIN-KJ", () => {
  it.each([
    ["80 hours in 2026 → met", [40, 40], true],
    ["79 hours → short by 1", [40, 39], false],
  ])("%s", (_n, hours, ok) => {
    const ts = hours.map((h, i) =>
      tr({ kind: "ASSIGNED_TRAINING", startDate: day(2026, 3, 1 + i), endDate: day(2026, 3, 1 + i), hours: h }),
    );
    const c = trainingCompliance({ trainings: ts }, WS, AS_OF).checks.find((x) => x.ruleId === "WS-TRAIN-HOURS")!;
    expect(c.passed).toBe(ok);
  });
  it("online hours and last year's hours do not count", () => {
    const ts = [
      tr({ kind: "ONLINE", startDate: day(2026, 2, 1), endDate: day(2026, 2, 1), hours: 100 }),
      tr({ startDate: day(2025, 12, 1), endDate: day(2025, 12, 31), hours: 100 }),
    ];
    expect(trainingCompliance({ trainings: ts }, WS, AS_OF).hoursThisYear).toBe(0);
  });
  it("D20-TRAIN-KJ applies to 科级 young cadres: one special training in 2026", () => {
    const special = tr({ kind: "SPECIAL_TRAINING", startDate: day(2026, 4, 1), endDate: day(2026, 4, 3) });
    expect(
      trainingCompliance({ tier: "SECTION", trainings: [special] }, D20, AS_OF).checks.find(
        (c) => c.ruleId === "D20-TRAIN-KJ",
      )!.passed,
    ).toBe(true);
    expect(
      trainingCompliance({ tier: "SECTION", trainings: [] }, D20, AS_OF).checks.find(
        (c) => c.ruleId === "D20-TRAIN-KJ",
      )!.passed,
    ).toBe(false);
    expect(
      trainingCompliance({ tier: "DIVISION_DEPUTY", trainings: [] }, D20, AS_OF).checks.some(
        (c) => c.ruleId === "D20-TRAIN-KJ",
      ),
    ).toBe(false);
  });
  it("WS-CLASS: a 30-day full-time 中青班 in 2026 meets; a 29-day one does not", () => {
    const cls = (days: number) =>
      tr({ kind: "YOUNG_CADRE_CLASS", startDate: day(2026, 3, 1), endDate: day(2026, 3, days) });
    expect(youngCadreClassCheck([cls(30)], WS, 2026).passed).toBe(true);
    expect(youngCadreClassCheck([cls(29)], WS, 2026).passed).toBe(false);
  });
});

describe("poolReviewDue: D20-REVIEW-ANNUAL (1 year) and SS12-ADJUST (2 years)", () => {
  const e = entry("e-1", "SECTION", { enteredOn: day(2025, 6, 30) });
  it.each([
    ["entered 2025-06-30, never reviewed → due 2026-06-30 (DUE)", [], "DUE"],
    [
      "reviewed 2025-07-01 → due 2026-07-01, UPCOMING within 30 days",
      [{ poolEntryId: "e-1", reviewedOn: day(2025, 7, 1) }],
      "UPCOMING",
    ],
  ])("district-2020: %s", (_n, reviews, status) => {
    const [item] = poolReviewDue([e], reviews, D20, AS_OF);
    expect(item).toMatchObject({ ruleId: "D20-REVIEW-ANNUAL", status });
  });
  it("shushan-2012 reviews a reserve every 2 years: entered 2025-06-30 → not due until 2027", () => {
    expect(poolReviewDue([entry("r", "DEPUTY_RESERVE", { enteredOn: day(2025, 6, 30) })], [], SS12, AS_OF)).toEqual([]);
    expect(
      poolReviewDue([entry("r", "DEPUTY_RESERVE", { enteredOn: day(2024, 6, 30) })], [], SS12, AS_OF)[0],
    ).toMatchObject({ ruleId: "SS12-ADJUST", cycleYears: 2 });
  });
  it("with both rules on, each tier keeps its own document's cycle", () => {
    const items = poolReviewDue(
      [
        entry("a", "SECTION", { enteredOn: day(2025, 6, 30) }),
        entry("b", "PRINCIPAL_RESERVE", { enteredOn: day(2025, 6, 30) }),
      ],
      [],
      ALL,
      AS_OF,
    );
    expect(items.map((i) => [i.entryId, i.ruleId])).toEqual([["a", "D20-REVIEW-ANNUAL"]]);
  });
  it("concentrated survey every 3 years at most", () => {
    expect(concentratedSurveyDue(day(2023, 6, 30), D20, AS_OF)).toMatchObject({
      dueOn: day(2026, 6, 30),
      overdue: true,
    });
  });
});

describe("practice postings", () => {
  it("D20-PRACTICE: about 5 a year → 4 distinct 科级 young cadres suffice (floor(5×0.9)=4)", () => {
    const ps = Array.from({ length: 4 }, (_, i) => ({
      id: `x${i}`,
      cadreId: `c${i}`,
      kind: "SECONDMENT" as const,
      startDate: day(2026, 2, 1),
      sectionYoungCadre: true,
    }));
    expect(evaluatePractice(ps, D20, AS_OF)).toMatchObject({ status: "MET", actual: { count: 4 } });
    expect(evaluatePractice(ps.slice(1), D20, AS_OF).status).toBe("NOT_MET");
  });
  it.each([
    ["posted 2024-06-30 → window opens 2026-06-30 → OPEN", day(2024, 6, 30), "OPEN"],
    ["posted 2024-08-01 → opens within 60 days → UPCOMING", day(2024, 8, 1), "UPCOMING"],
    ["posted 2023-06-29 → window closed 2026-06-29 → OVERDUE", day(2023, 6, 29), "OVERDUE"],
  ])("SX-DOWN-REVIEW: %s", (_n, startDate, status) => {
    const [item] = practiceReviewDue([{ id: "d", cadreId: "c", kind: "DUNMIAO", startDate }], SX, AS_OF);
    expect(item.status).toBe(status);
  });
  it("SX-DOWN-REVIEW: an assessed posting is not listed", () => {
    expect(
      practiceReviewDue(
        [{ id: "d", cadreId: "c", kind: "DUNMIAO", startDate: day(2023, 1, 1), specialAssessedOn: day(2025, 6, 1) }],
        SX,
        AS_OF,
      ),
    ).toEqual([]);
  });
});

describe("WS-PLAN and WS-MENTOR", () => {
  it("WS-PLAN: an overdue goal warns; no plan warns; a plan on track passes", () => {
    expect(developmentPlanCheck([{ id: "p", goals: [{ dueOn: day(2026, 6, 29) }] }], WS, AS_OF).passed).toBe(false);
    expect(developmentPlanCheck([], WS, AS_OF).passed).toBe(false);
    expect(
      developmentPlanCheck(
        [{ id: "p", goals: [{ dueOn: day(2026, 6, 30) }, { dueOn: day(2026, 1, 1), doneOn: day(2025, 12, 1) }] }],
        WS,
        AS_OF,
      ).passed,
    ).toBe(true);
  });
  it("WS-MENTOR: last feedback 2025-12-30 (6 months on asOf) → listed; 2026-01-01 → not yet", () => {
    const m = (lastFeedbackOn: Date) => ({
      id: "m",
      menteeId: "a",
      mentorId: "b",
      startDate: day(2025, 1, 1),
      lastFeedbackOn,
    });
    expect(mentorshipFollowUp([m(day(2025, 12, 30))], WS, AS_OF)).toHaveLength(1);
    expect(mentorshipFollowUp([m(day(2026, 1, 1))], WS, AS_OF)).toHaveLength(0);
  });
});
