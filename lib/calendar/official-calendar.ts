// The official public-holiday arrangements (国务院办公厅关于部分节假日安排的通知), shipped as
// data: rest days (放假) and make-up working days (调休上班) per year. Organization
// administrators can add local corrections on top (WorkingDayOverride); see
// lib/server/calendar/working-day-calendar.ts.
//
// 2026: from the State Council's notice on the 2026 holiday arrangements (published November
// 2025); it agrees date for date with the `chinese-days` package (1.5.7), which was checked.
// 2027: not yet published when this version was made — nothing is invented; until it is
// entered, 2027 counts only weekends as rest days.

export interface OfficialHoliday {
  name: string;
  /** every rest day of the holiday, weekends included (YYYY-MM-DD) */
  restDays: string[];
  /** weekend days worked instead (调休上班) */
  workdays: string[];
}

export interface OfficialYear {
  year: number;
  /** false: the notice for that year had not been published when this version shipped */
  published: boolean;
  source: string;
  holidays: OfficialHoliday[];
}

const range = (from: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

export const OFFICIAL_CALENDAR: readonly OfficialYear[] = [
  {
    year: 2026,
    published: true,
    source: "国务院办公厅关于2026年部分节假日安排的通知",
    holidays: [
      { name: "元旦", restDays: range("2026-01-01", 3), workdays: ["2026-01-04"] },
      { name: "春节", restDays: range("2026-02-15", 9), workdays: ["2026-02-14", "2026-02-28"] },
      { name: "清明节", restDays: range("2026-04-04", 3), workdays: [] },
      { name: "劳动节", restDays: range("2026-05-01", 5), workdays: ["2026-05-09"] },
      { name: "端午节", restDays: range("2026-06-19", 3), workdays: [] },
      { name: "中秋节", restDays: range("2026-09-25", 3), workdays: [] },
      { name: "国庆节", restDays: range("2026-10-01", 7), workdays: ["2026-09-20", "2026-10-10"] },
    ],
  },
  {
    year: 2027,
    published: false,
    source: "国务院办公厅关于2027年部分节假日安排的通知（尚未发布）",
    holidays: [],
  },
];

export function officialYear(year: number): OfficialYear | undefined {
  return OFFICIAL_CALENDAR.find((y) => y.year === year);
}
