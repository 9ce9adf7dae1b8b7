import { describe, expect, it } from "vitest";
import { formatTenure, fullMonthsBetween } from "@/lib/format/durations";
import { teamStructure } from "@/lib/units/team-structure";
import { parseIsoDay } from "@/lib/validation/dates";
import { asOfParams, parseSearchParams } from "@/lib/validation/search-params";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const ASOF = d("2026-06-30");

describe("teamStructure on 2026-06-30", () => {
  const team = [
    { birthDate: d("1986-07-01"), gender: "MALE" as const }, // 39
    { birthDate: d("1984-06-30"), gender: "FEMALE" as const }, // 42 (birthday today)
    { birthDate: d("1983-07-01"), gender: "MALE" as const }, // 42
    { birthDate: d("1970-01-15"), gender: "MALE" as const }, // 56
  ];

  it("bands ≤35 / 36–40 / 41–45 / 46–50 / 51–55 / ≥56 hold 0/1/2/0/0/1", () => {
    expect(teamStructure(team, ASOF).bands.map((b) => [b.label, b.count])).toEqual([
      ["35岁及以下", 0],
      ["36—40岁", 1],
      ["41—45岁", 2],
      ["46—50岁", 0],
      ["51—55岁", 0],
      ["56岁及以上", 1],
    ]);
  });

  it("about 40 = age ≤ 42 counts 3; about 35 = age ≤ 37 counts 0; average (39+42+42+56)/4 = 44.8", () => {
    const s = teamStructure(team, ASOF);
    expect([s.about40, s.about35, s.averageAge, s.youngest, s.oldest, s.women]).toEqual([3, 0, 44.8, 39, 56, 1]);
  });

  it("a tolerance of 1 makes about 40 mean ≤ 41: only the 39-year-old counts", () => {
    expect(teamStructure(team, ASOF, 1).about40).toBe(1);
  });

  it("an empty team has no averages", () => {
    expect(teamStructure([], ASOF)).toMatchObject({ members: 0, averageAge: null, youngest: null });
  });
});

describe("tenure and reference dates", () => {
  it("2023-04-30 → 2026-06-30 is 3年2个月; 2026-01-31 → 2026-02-28 is one full month (month-end clamp)", () => {
    expect(formatTenure(d("2023-04-30"), ASOF)).toBe("3年2个月");
    expect(fullMonthsBetween(d("2026-01-31"), d("2026-02-28"))).toBe(1);
    expect(formatTenure(d("2026-06-15"), ASOF)).toBe("不足1个月");
    expect(formatTenure(d("2021-06-30"), ASOF)).toBe("5年");
  });

  it("parses real days only, and a bad ?asOf= falls back to today", () => {
    expect(parseIsoDay("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("2026-6-1")).toBeNull();
    expect(parseSearchParams(asOfParams, { asOf: "nonsense" }).asOf).toBeUndefined();
    expect(parseSearchParams(asOfParams, { asOf: "2026-02-30" }).asOf).toBeUndefined();
    expect(parseSearchParams(asOfParams, { asOf: ["2025-06-30"] }).asOf?.toISOString()).toBe(
      "2025-06-30T00:00:00.000Z",
    );
  });
});
