// The dashboard's drill-down request: which row of which table, of the page computed when.
import { z } from "zod";
import { DRILL_TABLES } from "@/lib/dashboard/model";
import { calendarDate } from "./dates";

export const drillRequestSchema = z.object({
  asOf: calendarDate("基准日期"),
  computedAt: z.iso.datetime({ error: "计算时间无效" }),
  table: z.enum(DRILL_TABLES, { error: "指标表无效" }),
  key: z.string().trim().min(1, "指标无效").max(200, "指标无效"),
});
export type DrillRequest = z.infer<typeof drillRequestSchema>;
