// What each step of the seven-step procedure records (ZZ15-PROCESS). The organization
// department's "next step" form sends one of these, discriminated by the stage it moves to;
// the parsed object (minus id/version/from) is stored in NominationEvent.data.
import { z } from "zod";
import { NominationStage } from "@/lib/domain/enums";
import { countField, dayField, idField, optionalDayField, optionalText, textField, versionField } from "./fields";

const common = { id: idField, version: versionField, from: z.enum(NominationStage) };

/** "张三、李四" or "张三，李四" → ["张三", "李四"]. */
const investigatorsField = z
  .string({ error: "请填写考察组成员" })
  .transform((s) =>
    s
      .split(/[、,，;；\s]+/)
      .map((n) => n.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(20, "每位考察组成员姓名不超过20个字"))
      .min(2, "考察组成员不少于2人，请用顿号分隔姓名")
      .max(10, "考察组成员不超过10人"),
  );

export const recommendedStep = z.object({
  ...common,
  to: z.literal("RECOMMENDED"),
  note: optionalText("核实意见", 1000),
});

export const investigatedStep = z.object({
  ...common,
  to: z.literal("INVESTIGATED"),
  // when the 考察 ended: the 讨论决定 that follows may not be dated before it (older records have none)
  investigatedOn: optionalDayField("请填写考察结束日期"),
  investigators: investigatorsField,
  findings: textField("考察情况", 4000),
  evaluation: textField("考察评价", 1000),
});

// 应到/实到 and the three counts of a vote; the quorum and majority themselves (NAT-VOTE) depend
// on the policy profile and are checked by the step guard.
const tallyShape = {
  membersExpected: countField("应到会人数", 1, 200),
  membersPresent: countField("实到会人数", 0, 200),
  votesFor: countField("同意票数", 0, 200),
  votesAgainst: countField("不同意票数", 0, 200),
  votesAbstain: countField("弃权票数", 0, 200),
};
type Tally = { [K in keyof typeof tallyShape]: number };

function refineTally(v: Partial<Tally>, ctx: z.RefinementCtx): void {
  if (v.membersExpected == null || v.membersPresent == null) return;
  if (v.membersPresent > v.membersExpected)
    ctx.addIssue({
      code: "custom",
      path: ["membersPresent"],
      message: `实到会人数（${v.membersPresent}）不能多于应到会人数（${v.membersExpected}）`,
    });
  const total = (v.votesFor ?? 0) + (v.votesAgainst ?? 0) + (v.votesAbstain ?? 0);
  if (total === 0) ctx.addIssue({ code: "custom", path: ["votesFor"], message: "请填写表决票数" });
  else if (total > v.membersPresent)
    ctx.addIssue({
      code: "custom",
      path: ["votesFor"],
      message: `表决票数合计（${total}）不能多于实到会人数（${v.membersPresent}）`,
    });
}

/** Set when the step was recorded from a meeting (lib/server/meetings): which one. */
const meetingIdField = z
  .string({ error: "会议编号格式不正确" })
  .trim()
  .min(1, "会议编号格式不正确")
  .max(64, "会议编号格式不正确")
  .optional();

export const deliberatedStep = z
  .object({
    ...common,
    to: z.literal("DELIBERATED"),
    notes: textField("酝酿情况", 2000),
    // recorded when a 部务会 deliberates with a vote (lib/server/meetings); the manual form has none
    meetingId: meetingIdField,
    meetingDate: dayField("请填写会议日期").optional(),
    meetingName: optionalText("会议名称", 100),
    membersExpected: tallyShape.membersExpected.optional(),
    membersPresent: tallyShape.membersPresent.optional(),
    votesFor: tallyShape.votesFor.optional(),
    votesAgainst: tallyShape.votesAgainst.optional(),
    votesAbstain: tallyShape.votesAbstain.optional(),
  })
  .superRefine(refineTally);

export const decidedStep = z
  .object({
    ...common,
    to: z.literal("DECIDED"),
    meetingDate: dayField("请填写会议日期"),
    meetingName: optionalText("会议名称", 100),
    decision: textField("决定内容", 1000),
    ...tallyShape,
    meetingId: meetingIdField,
  })
  .superRefine(refineTally);

export const publicizedStep = z.object({
  ...common,
  to: z.literal("PUBLICIZED"),
  publicityStart: dayField("请填写公示开始日期"),
  channel: optionalText("公示渠道", 100),
});

export const appointedStep = z.object({
  ...common,
  to: z.literal("APPOINTED"),
  effectiveDate: dayField("请填写任职（入库）日期"),
  documentNo: optionalText("文号", 60),
});

export const advanceSchema = z.discriminatedUnion("to", [
  recommendedStep,
  investigatedStep,
  deliberatedStep,
  decidedStep,
  publicizedStep,
  appointedStep,
]);
export type AdvanceInput = z.infer<typeof advanceSchema>;
export type AdvanceTarget = AdvanceInput["to"];

export const CLOSE_KINDS = ["RETURN", "REJECT", "WITHDRAW"] as const;
export type CloseKind = (typeof CLOSE_KINDS)[number];

export const closeSchema = z.object({
  id: idField,
  version: versionField,
  from: z.enum(NominationStage),
  kind: z.enum(CLOSE_KINDS),
  reason: textField("理由", 1000, 4),
});
export type CloseInput = z.infer<typeof closeSchema>;

export const objectionSchema = z.object({
  id: idField,
  version: versionField,
  receivedOn: dayField("请填写收到日期"),
  content: textField("反映内容", 2000),
});
export type ObjectionInput = z.infer<typeof objectionSchema>;

export const resolveObjectionSchema = z.object({
  id: idField,
  version: versionField,
  objectionId: idField,
  resolution: textField("核查结论", 2000),
});
export type ResolveObjectionInput = z.infer<typeof resolveObjectionSchema>;
