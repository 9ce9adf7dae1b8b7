import { describe, expect, it } from "vitest";
import { displayValue, MAX_CONFLICT_ROWS, mergeDiffs, missedSaves } from "@/lib/cadres/conflict";

describe("conflict after a stale save", () => {
  it("reads one audit row per missed save, at least one and at most MAX_CONFLICT_ROWS (the version comes from the client)", () => {
    expect(missedSaves(3, 5)).toBe(2);
    expect(missedSaves(5, 5)).toBe(1);
    expect(missedSaves(9, 5)).toBe(1);
    expect(missedSaves(-1_000_000, 5)).toBe(MAX_CONFLICT_ROWS);
    expect(missedSaves(Number.NaN, 5)).toBe(1);
    expect(MAX_CONFLICT_ROWS).toBeLessThanOrEqual(20);
  });

  it("merges the missed saves: the value before the first, the value after the last", () => {
    const newestFirst = [
      { grade: { from: "COMPETENT", to: "EXCELLENT" } },
      { grade: { from: "BASICALLY_COMPETENT", to: "COMPETENT" }, note: { from: null, to: "补录" } },
      null,
    ];
    expect(Object.fromEntries(mergeDiffs(newestFirst))).toEqual({
      grade: { from: "BASICALLY_COMPETENT", to: "EXCELLENT" },
      note: { from: null, to: "补录" },
    });
  });

  it("shows stored values as the app writes them: dotted dates, 是/否, lists with 、", () => {
    expect(displayValue(null)).toBe("（空）");
    expect(displayValue("")).toBe("（空）");
    expect(displayValue("2026-06-03T00:00:00.000Z")).toBe("2026.06.03");
    expect(displayValue(true)).toBe("是");
    expect(displayValue(["党建", "经济"])).toBe("党建、经济");
    expect(displayValue(2025)).toBe("2025");
  });
});
