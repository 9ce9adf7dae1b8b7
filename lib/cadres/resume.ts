// 简历 of the 任免审批表, generated from the record rather than typed: full-time study first
// (with its school and major), then every appointment, in date order, as
// "2006.09—2010.07  某某大学某某专业学习" / "2020.03—       某某街道党工委副书记".
import { formatYearMonth } from "@/lib/format/dates";

export interface ResumeEducation {
  fullTime: boolean;
  school: string;
  major: string | null;
  startDate: Date | null;
  graduationDate: Date | null;
}

export interface ResumeAppointment {
  startDate: Date;
  endDate: Date | null;
  unitName: string;
  title: string;
}

export interface ResumeLine {
  from: string;
  to: string;
  text: string;
}

/** A post's full name (现任职务): the unit's name and the title, without repeating the unit. */
export function titleInUnit(unitName: string, title: string): string {
  return title.startsWith(unitName) ? title : `${unitName}${title}`;
}

export function buildResume(
  education: readonly ResumeEducation[],
  appointments: readonly ResumeAppointment[],
): ResumeLine[] {
  const items: { start: Date; end: Date | null; text: string; order: number }[] = [];
  for (const e of education) {
    // 在职 study runs beside a post; on the form it belongs to 学历学位, not to the 简历 timeline
    if (!e.fullTime || !e.startDate) continue;
    items.push({ start: e.startDate, end: e.graduationDate, text: `${e.school}${e.major ?? ""}专业学习`, order: 0 });
  }
  for (const a of appointments)
    items.push({ start: a.startDate, end: a.endDate, text: titleInUnit(a.unitName, a.title), order: 1 });
  items.sort((x, y) => x.start.getTime() - y.start.getTime() || x.order - y.order);
  return items.map((i) => ({ from: formatYearMonth(i.start), to: formatYearMonth(i.end), text: i.text }));
}
