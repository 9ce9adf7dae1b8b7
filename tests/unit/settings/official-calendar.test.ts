import { describe, expect, it } from "vitest";
import { listedDays, toWorkingDayCalendar } from "@/lib/calendar/merge-calendar";
import { OFFICIAL_CALENDAR } from "@/lib/calendar/official-calendar";
import { day, isWorkingDay } from "@/lib/rules";

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("the shipped official calendar", () => {
  it("2026 has 33 rest days in 7 holidays and 6 make-up working days, each a Saturday or Sunday", () => {
    const y = OFFICIAL_CALENDAR.find((c) => c.year === 2026)!;
    expect(y.holidays.map((h) => h.name)).toEqual(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]);
    expect(y.holidays.flatMap((h) => h.restDays)).toHaveLength(33);
    const workdays = y.holidays.flatMap((h) => h.workdays);
    expect(workdays).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    for (const d of workdays) expect([0, 6], d).toContain(weekday(d));
    for (const d of y.holidays.flatMap((h) => h.restDays)) expect(d.startsWith("2026-"), d).toBe(true);
  });

  it("ships no invented 2027 arrangement", () => {
    const y = OFFICIAL_CALENDAR.find((c) => c.year === 2027)!;
    expect(y.published).toBe(false);
    expect(y.holidays).toEqual([]);
  });

  it("a local correction replaces the shipped arrangement of its date", () => {
    const cal = toWorkingDayCalendar(
      listedDays([
        { date: "2026-10-10", isWorkingDay: false, name: "本地取消调休" },
        { date: "2026-10-07", isWorkingDay: true, name: null },
      ]),
    );
    expect(isWorkingDay(day(2026, 10, 10), cal)).toBe(false); // Saturday, 调休 cancelled locally
    expect(isWorkingDay(day(2026, 10, 7), cal)).toBe(true); // Wednesday of 国庆节, worked locally
    expect(isWorkingDay(day(2026, 10, 6), cal)).toBe(false);
    expect(isWorkingDay(day(2026, 9, 20), cal)).toBe(true); // Sunday, official 调休
  });
});
