// Calendar dates at the boundary: "YYYY-MM-DD" from a date input or a URL, as a UTC-midnight
// Date (the convention of lib/rules and of Prisma @db.Date columns). Invalid days such as
// 2026-02-30 are refused rather than rolled over.
import { z } from "zod";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, or null when the text is not a real calendar day. */
export function parseIsoDay(value: string): Date | null {
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return date;
}

/** A required calendar date field; `label` names it in the Chinese message. */
export function calendarDate(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .transform((s, ctx) => {
      const d = parseIsoDay(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: `${label}不是有效日期（格式：年-月-日）` });
        return z.NEVER;
      }
      return d;
    });
}
