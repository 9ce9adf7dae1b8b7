import { describe, expect, it } from "vitest";
import { dayDate as day, dayNumber } from "@/lib/server/db-read";
import { factDate } from "@/lib/dashboard/fact-date";

describe("fact dates (lib/dashboard/fact-date.ts, the dashboard's day numbers)", () => {
  it("factDate(1796515200000) is the Date of 2026-12-06T00:00:00Z, a plain Date in every respect", () => {
    const d = factDate(1_796_515_200_000);
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(Object.getPrototypeOf(d)).toBe(Date.prototype);
    expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([2026, 11, 6]);
  });

  it("day number 20793 is 2026-12-06 (20793 × 86,400,000 ms), one shared Date per distinct day; 0 is 1970-01-01", () => {
    expect(day(20_793).toISOString().slice(0, 10)).toBe("2026-12-06");
    expect(day(20_793)).toBe(day(20_793));
    expect(day(0).toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(day(-1).toISOString().slice(0, 10)).toBe("1969-12-31");
  });

  it("reads a DATE column as its day number in SQL", () => {
    expect(dayNumber(`a."startDate"`)).toBe(`(a."startDate" - date '1970-01-01')`);
  });
});
