import { z } from "zod";
import { dayField, idField, optionalDayField, textField, versionField } from "./common";

export const createMentorshipSchema = z
  .object({
    menteeId: idField,
    mentorIds: z.array(idField).min(1, "请至少选择一名导师").max(5, "一次最多选择5名导师"),
    startDate: dayField("结对日期"),
    endDate: optionalDayField("结束日期"),
  })
  .superRefine((v, ctx) => {
    if (v.mentorIds.includes(v.menteeId))
      ctx.addIssue({ code: "custom", path: ["mentorIds"], message: "导师不能是培养对象本人" });
    if (new Set(v.mentorIds).size !== v.mentorIds.length)
      ctx.addIssue({ code: "custom", path: ["mentorIds"], message: "导师有重复" });
    if (v.endDate instanceof Date && v.startDate instanceof Date && v.endDate < v.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "结束日期不能早于结对日期" });
  });

export const mentorFeedbackSchema = z.object({
  id: idField,
  version: versionField,
  date: dayField("反馈日期"),
  note: textField("反馈内容", 1000),
});

export const endMentorshipSchema = z.object({ id: idField, version: versionField, endDate: dayField("结束日期") });

/** One stored feedback note (Mentorship.feedback is an array of these). */
export const feedbackNoteSchema = z.object({ date: z.string(), note: z.string(), by: z.string().optional() });
export type FeedbackNote = z.infer<typeof feedbackNoteSchema>;
