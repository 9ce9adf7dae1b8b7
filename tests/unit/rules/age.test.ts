import { describe, expect, it } from "vitest";
import { ageOn, dateExceeding, dateTurning, day } from "@/lib/rules";

describe("ageOn — 周岁 on a reference date", () => {
  it.each([
    // [birth, asOf, expected, why]
    [day(1986, 7, 1), day(2026, 6, 30), 39, "day before the 40th birthday → 39"],
    [day(1986, 7, 1), day(2026, 7, 1), 40, "on the birthday → 40"],
    [day(1986, 7, 1), day(2026, 7, 2), 40, "day after → 40"],
    [day(1986, 12, 31), day(2026, 1, 1), 39, "late-year birth: 2026 − 1986 − 1 = 39"],
    [day(2000, 1, 1), day(2000, 1, 1), 0, "born on asOf → 0"],
  ])("%s on %s is %i (%s)", (birth, asOf, expected) => {
    expect(ageOn(birth, asOf)).toBe(expected);
  });

  it("born 2004-02-29 is 20 on 2025-02-28 and 21 on 2025-03-01 (non-leap year)", () => {
    expect(ageOn(day(2004, 2, 29), day(2025, 2, 28))).toBe(20);
    expect(ageOn(day(2004, 2, 29), day(2025, 3, 1))).toBe(21);
  });

  it("born 2004-02-29 is 24 on 2028-02-29 (leap year: birthday exists) and 23 on 2028-02-28", () => {
    expect(ageOn(day(2004, 2, 29), day(2028, 2, 28))).toBe(23);
    expect(ageOn(day(2004, 2, 29), day(2028, 2, 29))).toBe(24);
  });

  it("ignores the time of day only through UTC dates (asOf at 23:59 UTC is still that day)", () => {
    expect(ageOn(day(1986, 7, 1), new Date(Date.UTC(2026, 5, 30, 23, 59)))).toBe(39);
  });
});

describe("dateTurning / dateExceeding", () => {
  it("1986-07-01 turns 40 on 2026-07-01; exceeds ≤40 on 2027-07-01", () => {
    expect(dateTurning(day(1986, 7, 1), 40)).toEqual(day(2026, 7, 1));
    expect(dateExceeding(day(1986, 7, 1), 40)).toEqual(day(2027, 7, 1));
  });
  it("2004-02-29 turns 21 on 2025-03-01 and 24 on 2028-02-29", () => {
    expect(dateTurning(day(2004, 2, 29), 21)).toEqual(day(2025, 3, 1));
    expect(dateTurning(day(2004, 2, 29), 24)).toEqual(day(2028, 2, 29));
  });
});
