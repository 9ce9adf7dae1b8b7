import { z } from "zod";
import { dayField, idField, optionalDayField, optionalTextField, textField, versionField } from "./common";

export const MEASURE_KINDS = ["TRAINING", "PRACTICE", "MENTOR", "OTHER"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const measureKindLabel: Record<MeasureKind, string> = {
  TRAINING: "培训",
  PRACTICE: "实践锻炼",
  MENTOR: "导师帮带",
  OTHER: "其他",
};

export const goalInputSchema = z.object({
  stage: textField("阶段", 20),
  goal: textField("阶段目标", 200),
  measures: optionalTextField("培养措施", 500),
  measureKinds: z.array(z.enum(MEASURE_KINDS)).max(4).default([]),
  dueOn: dayField("完成期限"),
  doneOn: optionalDayField("完成日期"),
});

const goals = z.array(goalInputSchema).min(1, "请至少填写一项阶段目标").max(20, "阶段目标最多20项");

export const createPlanSchema = z.object({ poolEntryId: idField, title: textField("计划名称", 100), goals });
export const updatePlanSchema = z.object({
  id: idField,
  version: versionField,
  title: textField("计划名称", 100),
  goals,
});
export const planNoteSchema = z.object({
  id: idField,
  version: versionField,
  date: dayField("日期"),
  source: z.enum(["谈心谈话", "工作汇报", "导师反馈", "组织考察", "其他"], { error: "请选择来源" }),
  note: textField("进展情况", 1000),
});
export const closePlanSchema = z.object({ id: idField, version: versionField });

export type GoalInput = z.infer<typeof goalInputSchema>;

/** Stored shape of a DevelopmentPlan.progressNotes entry; days as "YYYY-MM-DD". */
export const storedNoteSchema = z.object({
  date: z.string(),
  source: z.string().optional(),
  note: z.string(),
  by: z.string().optional(),
});
export type StoredNote = z.infer<typeof storedNoteSchema>;
