import { describe, expect, it } from "vitest";
import { day } from "@/lib/rules";
import { monthsBetween, servedFullYears, tenureLabel, tenureOn, type Period } from "@/lib/rules/util/tenure";

const p = (start: Date, end: Date | null = null): Period => ({ startDate: start, endDate: end });

describe("tenure: calendar years and months, as the documents count them (golden)", () => {
  it.each([
    // [name, periods, asOf, months, days]
    [
      "2021-03-01…2022-08-31 + 2024-09-01… on 2026-03-01 = 3年 (36 months)",
      [p(day(2021, 3, 1), day(2022, 8, 31)), p(day(2024, 9, 1))],
      day(2026, 3, 1),
      36,
      0,
    ],
    [
      "2021-03-01…2022-08-31 + 2024-09-01… on 2026-02-28 = 2年11个月27天",
      [p(day(2021, 3, 1), day(2022, 8, 31)), p(day(2024, 9, 1))],
      day(2026, 2, 28),
      35,
      27,
    ],
    ["2024-02-29… on 2025-02-28 = 1年 (29 Feb + 1 year = 28 Feb)", [p(day(2024, 2, 29))], day(2025, 2, 28), 12, 0],
    [
      "2024-01-31… on 2024-02-29 = 1个月 (end-of-month clamp: 31 Jan + 1 month = 29 Feb)",
      [p(day(2024, 1, 31))],
      day(2024, 2, 29),
      1,
      0,
    ],
    ["2024-01-31… on 2024-02-28 = 0个月28天", [p(day(2024, 1, 31))], day(2024, 2, 28), 0, 28],
    ["2024-01-31… on 2024-03-01 = 1个月1天 (31 Jan + 1 month = 29 Feb)", [p(day(2024, 1, 31))], day(2024, 3, 1), 1, 1],
    [
      "2023-01-15…2023-03-14 + 2023-06-20…2023-07-31 = 2个月 + 1个月12天 = 3个月12天",
      [p(day(2023, 1, 15), day(2023, 3, 14)), p(day(2023, 6, 20), day(2023, 7, 31))],
      day(2026, 1, 1),
      3,
      12,
    ],
    [
      "20 + 15 leftover days across two periods carry one month: 2023-01-01…2023-01-20 + 2023-05-01…2023-05-15 = 1个月5天",
      [p(day(2023, 1, 1), day(2023, 1, 20)), p(day(2023, 5, 1), day(2023, 5, 15))],
      day(2026, 1, 1),
      1,
      5,
    ],
    [
      "overlapping 2020-01-01…2021-12-31 and 2021-01-01…2022-12-31 merge = 3年",
      [p(day(2020, 1, 1), day(2021, 12, 31)), p(day(2021, 1, 1), day(2022, 12, 31))],
      day(2026, 1, 1),
      36,
      0,
    ],
    [
      "touching 2020-01-01…2020-06-30 and 2020-07-01…2020-12-31 = 1年",
      [p(day(2020, 1, 1), day(2020, 6, 30)), p(day(2020, 7, 1), day(2020, 12, 31))],
      day(2026, 1, 1),
      12,
      0,
    ],
    ["a period starting on asOf 2026-03-01 has served nothing", [p(day(2026, 3, 1))], day(2026, 3, 1), 0, 0],
    ["a period after asOf 2026-03-01 counts nothing", [p(day(2026, 4, 1))], day(2026, 3, 1), 0, 0],
    ["2016-03-01… on 2026-03-01 = 10年 (leap days do not matter)", [p(day(2016, 3, 1))], day(2026, 3, 1), 120, 0],
  ])("%s", (_name, periods, asOf, months, days) => {
    expect(tenureOn(periods, asOf)).toEqual({ months, days });
  });

  it("3 full years on 2026-03-01 but not on 2026-02-28 for 2021-03-01…2022-08-31 + 2024-09-01…", () => {
    const periods = [p(day(2021, 3, 1), day(2022, 8, 31)), p(day(2024, 9, 1))];
    expect(servedFullYears(periods, day(2026, 3, 1), 3)).toBe(true);
    expect(servedFullYears(periods, day(2026, 2, 28), 3)).toBe(false);
  });

  it("monthsBetween 2025-01-31 and 2025-03-01 (exclusive) = 1个月1天", () => {
    expect(monthsBetween(day(2025, 1, 31), day(2025, 3, 1))).toEqual({ months: 1, days: 1 });
  });

  it.each([
    [36, "3年"],
    [18, "1年6个月"],
    [5, "5个月"],
    [0, "不足1个月"],
  ])("tenureLabel of %i months is %s", (months, label) => {
    expect(tenureLabel({ months, days: 0 })).toBe(label);
  });
});
