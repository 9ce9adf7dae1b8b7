import { z } from "zod";

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "日期无效",
  )
  .refine((s) => s >= "2000-01-01" && s <= "2100-12-31", "日期应在 2000 年至 2100 年之间");

export const MAX_OVERRIDE_DAYS = 15;

export const calendarOverrideSchema = z
  .object({
    date: isoDate,
    /** optional last day: the same kind of day for every date from `date` to here */
    endDate: z.union([z.literal(""), isoDate]).default(""),
    isWorkingDay: z.boolean(),
    name: z.string().trim().max(30, "名称不超过 30 个字").default(""),
  })
  .refine((v) => !v.endDate || v.endDate >= v.date, { path: ["endDate"], message: "结束日期不能早于开始日期" })
  .refine((v) => !v.endDate || (Date.parse(v.endDate) - Date.parse(v.date)) / 86_400_000 < MAX_OVERRIDE_DAYS, {
    path: ["endDate"],
    message: `一次最多添加 ${MAX_OVERRIDE_DAYS} 天`,
  });

export const removeOverrideSchema = z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) });

export type CalendarOverrideInput = z.infer<typeof calendarOverrideSchema>;
export type RemoveOverrideInput = z.infer<typeof removeOverrideSchema>;
