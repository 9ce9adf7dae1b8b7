// zod schemas of a 个别谈话推荐 record (a TALK_RECORD session): one talk as the department's staff
// enter it, and voiding one. The 谈话对象's name is deliberately not a field (docs/nominations.md).
import { z } from "zod";
import { VoterCategory } from "@/lib/domain/enums";
import { RECOMMENDATION_CHOICES } from "@/lib/voting/choices";
import { calendarDate } from "./dates";
import { idField, optionalText, textField, versionField } from "./nominations/fields";

export const talkRecordSchema = z.object({
  sessionId: idField,
  category: z.enum(VoterCategory, { error: "请选择谈话对象类别" }),
  talkedOn: calendarDate("谈话日期"),
  interviewers: optionalText("谈话人", 100),
  /** { candidateId: 推荐 | 不推荐 }; a name left out is not mentioned (弃权) */
  marks: z.record(z.string().max(64), z.enum(RECOMMENDATION_CHOICES, { error: "推荐意见无效" })),
  summary: textField("谈话要点", 500, 2),
});
export type TalkRecordInput = z.input<typeof talkRecordSchema>;
export type TalkRecord = z.output<typeof talkRecordSchema>;

export const voidTalkRecordSchema = z.object({
  id: idField,
  version: versionField,
  reason: z.string({ error: "请填写作废理由" }).trim().min(2, "请填写作废理由").max(200, "作废理由不超过200个字"),
});
export type VoidTalkRecord = z.output<typeof voidTalkRecordSchema>;
