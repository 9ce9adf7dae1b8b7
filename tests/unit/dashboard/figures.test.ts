import { describe, expect, it } from "vitest";
import { progressFigures, pyramidAxis } from "@/lib/dashboard/figures";

describe("progressFigures: a percentage is never capped at 100%, and never reaches it below the target", () => {
  it("199 of 200 → 99% (not a rounded-up 100% beside 未达标), bar 99.5% wide", () => {
    expect(progressFigures(199, 200)).toEqual({ text: "99%", width: 99.5 });
  });
  it("27 of 20 → 135% (not cut to 100%), bar full", () => {
    expect(progressFigures(27, 20)).toEqual({ text: "135%", width: 100 });
  });
  it("20 of 20 → 100%; 0 of 20 → 0%", () => {
    expect(progressFigures(20, 20).text).toBe("100%");
    expect(progressFigures(0, 20)).toEqual({ text: "0%", width: 0 });
  });
  it("no target → — (nothing to measure against)", () => {
    expect(progressFigures(3, 0).text).toBe("—");
    expect(progressFigures(3, null).text).toBe("—");
  });
});

describe("pyramidAxis: symmetric about 0", () => {
  it("7 men at most, 3 women → step 5 (7/2 rounded up to 1-2-5), ticks −10, −5, 0, 5, 10: the same reach both ways", () => {
    expect(pyramidAxis([{ male: 7, female: 3 }])).toEqual({ domain: [-10, 10], ticks: [-10, -5, 0, 5, 10] });
  });
  it("women the larger side (2 men, 37 women) → ±40 with 0 in the middle", () => {
    const a = pyramidAxis([
      { male: 2, female: 37 },
      { male: 1, female: 5 },
    ]);
    expect(a.domain).toEqual([-40, 40]);
    expect(a.ticks).toEqual([-40, -20, 0, 20, 40]);
  });
  it("empty pool → ±2 around 0", () => {
    expect(pyramidAxis([])).toEqual({ domain: [-2, 2], ticks: [-2, -1, 0, 1, 2] });
  });
  it("every tick pair sums to 0 and every band fits", () => {
    for (const max of [1, 3, 9, 11, 24, 51, 99, 230]) {
      const a = pyramidAxis([{ male: max, female: 1 }]);
      expect(a.ticks.map((t, i) => t + a.ticks[a.ticks.length - 1 - i])).toEqual([0, 0, 0, 0, 0]);
      expect(a.domain[1]).toBeGreaterThanOrEqual(max);
    }
  });
});
