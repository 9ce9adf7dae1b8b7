import { describe, expect, it } from "vitest";
import { addDays, day, isoDay } from "@/lib/rules";
import { isPromotion, probationEnding, probationStartWindow } from "@/lib/worklist/probation";
import { expectedRecordYear } from "@/lib/worklist/records";
import { tenureMilestone, tenureRule } from "@/lib/worklist/tenure";
import { ALL, D20 } from "../rules/fixtures";

const AS_OF = day(2026, 12, 7); // window of milestones: after 2025-12-07, up to 2027-06-07

describe("任现职满5/8/10年 as of 2026-12-07 (shown from 6 months before to 12 months after)", () => {
  it.each([
    [day(2021, 12, 8), 5, "2026-12-08"], // 2021-12-08 + 5 = tomorrow
    [day(2022, 6, 7), 5, "2027-06-07"], // last day of the window ahead
    [day(2020, 12, 8), 5, "2025-12-08"], // reached 364 days ago
    [day(2018, 6, 7), 8, "2026-06-07"], // 2018-06-07 + 8
    [day(2016, 12, 7), 10, "2026-12-07"], // 2016-12-07 + 10 = today
  ])("started %s: %i years on %s", (start, years, on) => {
    const m = tenureMilestone(start, AS_OF);
    expect(m?.years).toBe(years);
    expect(m && isoDay(m.on)).toBe(on);
  });

  it.each([
    [day(2020, 12, 7)], // 5 years on 2025-12-07: a full year ago, no longer shown
    [day(2022, 6, 8)], // 5 years on 2027-06-08: a day beyond the window
    [day(2019, 9, 1)], // 7 years; 8 on 2027-09-01, beyond the window
  ])("started %s: none", (start) => {
    expect(tenureMilestone(start, AS_OF)).toBeNull();
  });

  const fact = {
    startDate: day(2021, 12, 8),
    rank: "SECTION_DEPUTY" as const,
    isKeyPost: false,
    gender: "MALE" as const,
  };
  it("5 years as 副科职 → ZZ15-ROT-POST; a man born 1970 (56 then) is not exempt", () => {
    expect(tenureRule({ ...fact, birthDate: day(1970, 1, 1) }, 5, ALL)).toEqual({
      ruleId: "ZZ15-ROT-POST",
      exempt: false,
    });
  });
  it("a man born 1968-12-01 is 58 on 2026-12-08 → exempt (ZZ15-ROT-EXEMPT); a woman born 1973-12-08 is 53 → exempt", () => {
    expect(tenureRule({ ...fact, birthDate: day(1968, 12, 1) }, 5, ALL).exempt).toBe(true);
    expect(tenureRule({ ...fact, gender: "FEMALE", birthDate: day(1973, 12, 8) }, 5, ALL).exempt).toBe(true);
  });
  it("a key post of a 科员 → ZZ15-ROT-KEY; 8 years cites no rule; a profile without ZZ15 cites none", () => {
    expect(tenureRule({ ...fact, rank: "STAFF", isKeyPost: true, birthDate: day(1990, 1, 1) }, 5, ALL).ruleId).toBe(
      "ZZ15-ROT-KEY",
    );
    expect(tenureRule({ ...fact, birthDate: day(1990, 1, 1) }, 8, ALL).ruleId).toBeNull();
    expect(tenureRule({ ...fact, birthDate: day(1990, 1, 1) }, 5, D20).ruleId).toBeNull();
  });
});

describe("试用期满 (NAT-PROBATION: one year from the promotion) as of 2026-12-07", () => {
  it("副科 → 正科 is a promotion; 正科 → 副科 and a first post are not", () => {
    expect(isPromotion("SECTION_PRINCIPAL", "SECTION_DEPUTY")).toBe(true);
    expect(isPromotion("SECTION_DEPUTY", "SECTION_PRINCIPAL")).toBe(false);
    expect(isPromotion("SECTION_DEPUTY", null)).toBe(false);
  });

  it.each([
    [day(2025, 12, 20), "2026-12-19"], // ends in 12 days
    [day(2026, 2, 5), "2027-02-04"], // ends in 59 days
    [day(2025, 11, 8), "2026-11-07"], // ended 30 days ago
  ])("promoted %s: probation ends %s, listed", (start, ends) => {
    expect(isoDay(probationEnding(start, AS_OF, ALL)!)).toBe(ends);
  });

  it.each([[day(2025, 11, 7)], [day(2026, 2, 7)]])("promoted %s: outside the window", (start) => {
    expect(probationEnding(start, AS_OF, ALL)).toBeNull();
  });

  it("every listed start day lies in the query's start window (2024-01-01 … 2027-12-31 as of each first of month)", () => {
    for (let m = 0; m < 24; m++) {
      const asOf = day(2025 + Math.floor(m / 12), (m % 12) + 1, 1);
      const w = probationStartWindow(asOf, ALL);
      for (let t = day(2023, 1, 1).getTime(); t <= day(2027, 12, 31).getTime(); t += 86_400_000) {
        const start = new Date(t);
        if (probationEnding(start, asOf, ALL) && (t < w.from.getTime() || t > w.to.getTime()))
          throw new Error(`${isoDay(start)} as of ${isoDay(asOf)} not in the window`);
      }
    }
    expect(isoDay(addDays(probationStartWindow(AS_OF, ALL).from, 1))).toBe("2025-11-07");
  });
});

describe("records expected as of a date (assessments in the first quarter)", () => {
  it("2026-12-07 → 2025; 2026-03-01 → 2025; 2026-02-28 → 2024", () => {
    expect(expectedRecordYear(day(2026, 12, 7))).toBe(2025);
    expect(expectedRecordYear(day(2026, 3, 1))).toBe(2025);
    expect(expectedRecordYear(day(2026, 2, 28))).toBe(2024);
  });
});
