// The last day of a 任前公示 that starts on a given date, with the calendar in force and the active
// profile's number of working days (NAT-PUBLICITY); the page reads both and passes them in.
import { formatDateLong } from "@/lib/format/dates";
import { publicityEnd, toDay, type WorkingDayCalendar } from "@/lib/rules";

export function PublicityCalculator({
  start,
  year,
  days,
  calendar,
}: {
  start?: string;
  year: number;
  days: number;
  calendar: WorkingDayCalendar;
}) {
  const valid = !!start && /^\d{4}-\d{2}-\d{2}$/.test(start) && !Number.isNaN(Date.parse(start));
  const end = valid ? publicityEnd(toDay(start), days, calendar) : null;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="year" value={year} />
      <label className="flex flex-col gap-1">
        <span className="font-medium text-slate-700">公示开始日期</span>
        <input
          id="start"
          name="start"
          type="date"
          defaultValue={valid ? start : ""}
          className="rounded-md border border-slate-300 px-3 py-1.5"
        />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5">
        计算
      </button>
      {end ? (
        <p className="w-full text-slate-800" data-testid="publicity-end">
          自{formatDateLong(toDay(start!))}起公示{days}个工作日，至{formatDateLong(end)}期满（规则 NAT-PUBLICITY）。
        </p>
      ) : start ? (
        <p role="alert" className="w-full text-red-600">
          请输入有效的日期
        </p>
      ) : null}
    </form>
  );
}
