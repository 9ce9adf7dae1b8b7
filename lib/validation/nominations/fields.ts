// Field schemas shared by the nomination forms and their server actions. Dates travel as
// "YYYY-MM-DD" strings (what <input type="date"> gives); numbers may arrive as strings.
import { z } from "zod";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function dayField(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine((s) => {
      const m = ISO_DAY.exec(s);
      if (!m) return false;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return (
        d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
      );
    }, "日期格式不正确");
}

/** A date the form may leave empty ("" → not given). */
export function optionalDayField(required: string) {
  return z.preprocess((v) => (v === "" || v === null ? undefined : v), dayField(required).optional());
}

/** A whole number typed into a form: "" means missing. */
export function countField(label: string, min = 0, max = 100_000) {
  return z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v),
    z
      .number({ error: `请填写${label}` })
      .refine((n) => Number.isFinite(n), `请填写${label}`)
      .refine((n) => Number.isInteger(n), `${label}应为整数`)
      .refine((n) => n >= min, `${label}不能小于${min}`)
      .refine((n) => n <= max, `${label}不能大于${max}`),
  );
}

export function textField(label: string, max: number, min = 1) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .min(min, `${label}不少于${min}个字`)
    .max(max, `${label}不超过${max}个字`);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label}不超过${max}个字`)
    .transform((s) => (s ? s : undefined))
    .optional();
}

export const idField = z
  .string({ error: "记录编号格式不正确" })
  .trim()
  .min(1, "缺少记录编号")
  .max(64, "记录编号格式不正确");
export const versionField = z.coerce.number().int().min(1);
