import { z } from "zod";
import { TrainingKind } from "@/lib/domain/enums";
import { dayField, idField, optionalTextField, textField, versionField } from "./common";

const trainingBase = z.object({
  name: textField("培训名称", 100),
  kind: z.enum(TrainingKind, { error: "请选择培训类别" }),
  organizer: optionalTextField("主办单位", 100),
  startDate: dayField("开始日期"),
  endDate: dayField("结束日期"),
  hours: z.coerce
    .number({ error: "请填写学时" })
    .int("学时应为整数")
    .min(1, "学时应不少于1")
    .max(2000, "学时不能超过2000"),
  fullTimeOffJob: z.boolean(),
});

const endNotBeforeStart = { path: ["endDate"], message: "结束日期不能早于开始日期" };
// Runs even when a date failed its own check (zod reports all issues), so guard the types.
const ordered = (v: { startDate: unknown; endDate: unknown }) =>
  !(v.startDate instanceof Date && v.endDate instanceof Date) || v.endDate.getTime() >= v.startDate.getTime();

export const createTrainingSchema = trainingBase.refine(ordered, endNotBeforeStart);
export const updateTrainingSchema = trainingBase
  .extend({ id: idField, version: versionField })
  .refine(ordered, endNotBeforeStart);

/** One action adds at most this many attendees (the picker's largest page). */
export const MAX_BULK_ATTENDEES = 200;

export const addAttendeesSchema = z.object({
  trainingId: idField,
  cadreIds: z
    .array(idField)
    .min(1, "请至少选择一名干部")
    .max(MAX_BULK_ATTENDEES, `一次最多添加${MAX_BULK_ATTENDEES}名干部`)
    .refine((ids) => new Set(ids).size === ids.length, "所选干部有重复"),
});

/** 培训结果 of one attendee (the inputs carry the same maxLength). */
export const ATTENDANCE_RESULT_MAX = 200;

export const updateAttendanceSchema = z.object({
  id: idField,
  version: versionField,
  completed: z.boolean(),
  result: optionalTextField("培训结果", ATTENDANCE_RESULT_MAX),
});

export const setCompletionSchema = z.object({
  trainingId: idField,
  items: z
    .array(z.object({ id: idField, version: versionField }))
    .min(1, "请至少选择一名学员")
    .max(1000, "一次最多更新1000名学员"),
  completed: z.boolean(),
  result: optionalTextField("培训结果", ATTENDANCE_RESULT_MAX),
});

export type TrainingFields = z.infer<typeof createTrainingSchema>;

export const cadreSearchSchema = z.object({
  q: z.string().trim().min(1, "请输入姓名或拼音首字母").max(20, "查询内容过长"),
  poolOnly: z.boolean().default(false),
});
