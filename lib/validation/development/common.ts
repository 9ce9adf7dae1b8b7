// Field schemas shared by the 培训与实践 forms and their server actions. Calendar dates arrive
// from <input type="date"> as "YYYY-MM-DD" and leave as UTC-midnight Dates (lib/rules).
import { z } from "zod";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string): Date | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-30 rolls over in Date.UTC; a real calendar day survives the round trip.
  return d.toISOString().slice(0, 10) === value && d.getUTCFullYear() >= 1950 && d.getUTCFullYear() <= 2100 ? d : null;
}

/** A required calendar day. */
export const dayField = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((v) => parseDay(v) !== null, `${label}不是有效日期`)
    .transform((v) => parseDay(v) as Date);

/** An optional calendar day: "" and absent both mean none. */
export const optionalDayField = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || parseDay(v) !== null, `${label}不是有效日期`)
    .transform((v) => (v ? (parseDay(v) as Date) : null));

/** Required text, trimmed, with a length limit. */
export const textField = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

/** Optional text: "" becomes null. */
export const optionalTextField = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : null));

export const idField = z
  .string({ error: "记录编号格式不正确" })
  .trim()
  .min(1, "缺少记录编号")
  .max(64, "记录编号格式不正确");
export const versionField = z.number().int().min(1);

/** "YYYY-MM-DD" of a stored day, for date inputs. */
export function dayInputValue(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}
