import { describe, expect, it } from "vitest";
import {
  day,
  isoDay,
  retirementAgeMonths,
  retirementAgeText,
  retirementBaseYears,
  retirementDate,
  retirementDelayMonths,
  STATUTORY_RETIREMENT_AGES,
} from "@/lib/rules";
import { birthRangeRetiringWithin, retirementBucket, retirementWindows } from "@/lib/worklist/retirement";

const iso = (d: Date | null | undefined) => (d ? isoDay(d) : null);

describe("statutory retirement age (2024 decision: +1 month per 4 months of birth, at most 36)", () => {
  it.each([
    ["MALE", day(1964, 12, 31), 0, "2024-12-31"], // before the scheme: 60
    ["MALE", day(1965, 1, 15), 1, "2025-02-15"], // 1965-01: 60 + 1 month
    ["MALE", day(1965, 5, 2), 2, "2025-07-02"], // 1965-05 (month 4 of the scheme): 60 + 2 months
    ["MALE", day(1966, 12, 3), 6, "2027-06-03"], // 1966-12 (month 23): 23/4 = 5, +1 = 6 months
    ["MALE", day(1976, 9, 1), 36, "2039-09-01"], // month 140: 35 + 1 = 36 → 63
    ["MALE", day(1980, 1, 1), 36, "2043-01-01"], // capped at 63
    ["FEMALE", day(1969, 12, 31), 0, "2024-12-31"], // women cadres: 55 before the scheme
    ["FEMALE", day(1970, 1, 20), 1, "2025-02-20"], // 1970-01: 55 + 1 month
    ["FEMALE", day(1981, 9, 1), 36, "2039-09-01"], // → 58
  ] as const)("%s born %s: delay %i months, reaches it on %s", (gender, birth, delay, on) => {
    expect(retirementDelayMonths(birth, gender)).toBe(delay);
    expect(iso(retirementDate(birth, gender))).toBe(on);
  });

  it("a woman at 处级 keeps her base of 60 (above the raised 55 + at most 36 months = 58): born 1975-06-10 → 2035-06-10; below 处级 55 + 17 months (1975-06 is month 65 of the scheme: 65/4 = 16, +1 = 17) → 56周岁5个月 on 2031-11-10", () => {
    const ages = STATUTORY_RETIREMENT_AGES;
    const birth = day(1975, 6, 10);
    expect(retirementBaseYears("FEMALE", "DIVISION_DEPUTY", ages)).toBe(60);
    expect(iso(retirementDate(birth, "FEMALE", 60))).toBe("2035-06-10");
    expect(retirementAgeText(retirementAgeMonths(birth, "FEMALE", 60))).toBe("60周岁");
    expect(retirementBaseYears("FEMALE", "SECTION_PRINCIPAL", ages)).toBe(55);
    expect(retirementDelayMonths(birth, "FEMALE")).toBe(17);
    expect(retirementAgeText(retirementAgeMonths(birth, "FEMALE", 55))).toBe("56周岁5个月");
    expect(iso(retirementDate(birth, "FEMALE", 55))).toBe("2031-11-10");
    expect(retirementBaseYears("MALE", "DIVISION_DEPUTY", ages)).toBe(60);
  });
});

describe("retirement groups as of a date", () => {
  it("as of 2026-12-07: this month = December, next month = January 2027, no rest of the year", () => {
    const w = retirementWindows(day(2026, 12, 7));
    expect([iso(w.RETIRE_THIS_MONTH?.from), iso(w.RETIRE_THIS_MONTH?.to)]).toEqual(["2026-12-01", "2026-12-31"]);
    expect([iso(w.RETIRE_NEXT_MONTH?.from), iso(w.RETIRE_NEXT_MONTH?.to)]).toEqual(["2027-01-01", "2027-01-31"]);
    expect(w.RETIRE_THIS_YEAR).toBeNull();
  });

  it("as of 2026-03-10: this year = 2026-05-01 … 2026-12-31", () => {
    const w = retirementWindows(day(2026, 3, 10));
    expect([iso(w.RETIRE_THIS_YEAR?.from), iso(w.RETIRE_THIS_YEAR?.to)]).toEqual(["2026-05-01", "2026-12-31"]);
  });

  it("a man born 1966-07-20 (60 + 5 months = 2026-12-20) is this month's as of 2026-12-07, next month's as of 2026-11-30", () => {
    expect(retirementBucket(day(1966, 7, 20), "MALE", 60, day(2026, 12, 7))).toBe("RETIRE_THIS_MONTH");
    expect(retirementBucket(day(1966, 7, 20), "MALE", 60, day(2026, 11, 30))).toBe("RETIRE_NEXT_MONTH");
    expect(retirementBucket(day(1966, 7, 20), "MALE", 60, day(2026, 3, 10))).toBe("RETIRE_THIS_YEAR");
    expect(retirementBucket(day(1966, 7, 20), "MALE", 60, day(2027, 1, 2))).toBeNull();
  });

  it("men reaching it in December 2026 were born 1966-07-01 … 1966-07-31 (60 + 5 months)", () => {
    const r = birthRangeRetiringWithin("MALE", 60, day(2026, 12, 1), day(2026, 12, 31));
    expect([iso(r?.from), iso(r?.to)]).toEqual(["1966-07-01", "1966-07-31"]);
  });

  it("the birth range holds exactly the birth days retiring in the window (every day 1960–1985; men, women, women at 处级)", () => {
    const from = day(2026, 12, 1);
    const to = day(2027, 6, 30);
    for (const [gender, base] of [
      ["MALE", 60],
      ["FEMALE", 55],
      ["FEMALE", 60],
    ] as const) {
      const r = birthRangeRetiringWithin(gender, base, from, to)!;
      for (let t = day(1960, 1, 1).getTime(); t <= day(1985, 12, 31).getTime(); t += 86_400_000) {
        const birth = new Date(t);
        const on = retirementDate(birth, gender, base).getTime();
        const retiring = on >= from.getTime() && on <= to.getTime();
        const inRange = t >= r.from.getTime() && t <= r.to.getTime();
        if (retiring !== inRange)
          throw new Error(`${gender} ${isoDay(birth)}: retiring ${retiring}, in range ${inRange}`);
      }
    }
  });
});
