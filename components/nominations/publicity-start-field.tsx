"use client";
// The publicity start date, with the end the server will compute shown as the user types
// (publicityEnd over the same working-day calendar: weekends and listed holidays off).
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { publicityEnd, type WorkingDayCalendar } from "@/lib/rules/schedule/working-days";

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

function preview(start: string, workingDays: number, calendar: WorkingDayCalendar): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  const end = publicityEnd(new Date(`${start}T00:00:00Z`), workingDays, calendar);
  const iso = end.toISOString().slice(0, 10).replaceAll("-", ".");
  return `${iso}（星期${WEEKDAYS[end.getUTCDay()]}）`;
}

export function PublicityStartField({
  calendar,
  workingDays,
  error,
}: {
  calendar: WorkingDayCalendar;
  workingDays: number;
  error?: string;
}) {
  const [start, setStart] = useState("");
  const end = preview(start, workingDays, calendar);
  return (
    <>
      <Field
        id="publicityStart"
        label="公示开始日期"
        type="date"
        value={start}
        onChange={(e) => setStart(e.target.value)}
        error={error}
      />
      <p className="-mt-2 mb-4 text-sm text-slate-700" data-testid="publicity-end-preview">
        {end
          ? `公示期满日：${end}，共${workingDays}个工作日（已扣除周末和节假日，NAT-PUBLICITY）`
          : `公示期不少于${workingDays}个工作日，期满日由系统计算。`}
      </p>
    </>
  );
}
