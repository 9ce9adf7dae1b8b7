// zod schemas of online 民主推荐 / 民主测评: setting up a session (staff), the voter's code and
// ballot (public), closing and applying a result (staff). Messages are shown beside the field.
import { z } from "zod";
import { VoterCategory, VotingKind } from "@/lib/domain/enums";
import { BALLOT_CHOICES } from "@/lib/voting/choices";
import { countField, idField, optionalText, textField, versionField } from "./nominations/fields";

/** Fewer voters than this in a category would let its tally show one person's vote. */
export const MIN_CATEGORY_VOTERS = 3;
export const MAX_CATEGORY_VOTERS = 2000;

const LOCAL_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `<input type="datetime-local">` read as China time (UTC+8). */
function chinaMoment(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((s) => LOCAL_MINUTE.test(s) && !Number.isNaN(Date.parse(`${s}:00+08:00`)), `${label}格式不正确`)
    .transform((s) => new Date(`${s}:00+08:00`));
}

const voters = (label: string) =>
  countField(`${label}人数`, 0, MAX_CATEGORY_VOTERS).refine(
    (n) => n === 0 || n >= MIN_CATEGORY_VOTERS,
    `${label}人数为 0 或不少于 ${MIN_CATEGORY_VOTERS} 人（人数过少会暴露个人投票）`,
  );

const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(idField).max(30, "一次最多 30 名人选"),
);

export const createSessionSchema = z
  .object({
    title: textField("名称", 100),
    kind: z.enum(VotingKind, { error: "请选择类别" }),
    unitId: idField,
    postTitle: optionalText("推荐职位", 100),
    maxChoices: countField("每票可推荐人数", 1, 30),
    opensAt: chinaMoment("开始时间"),
    closesAt: chinaMoment("结束时间"),
    votersTeam: voters("班子成员"),
    votersMiddle: voters("中层干部"),
    votersOther: voters("其他干部"),
    nominationIds: idList,
    includeTeam: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  })
  .superRefine((v, ctx) => {
    if (v.closesAt.getTime() <= v.opensAt.getTime())
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "结束时间应晚于开始时间" });
    if (v.votersTeam + v.votersMiddle + v.votersOther === 0)
      ctx.addIssue({ code: "custom", path: ["votersTeam"], message: "请至少填写一类参加人员的人数" });
    if (!v.nominationIds.length && !v.includeTeam)
      ctx.addIssue({ code: "custom", path: ["nominationIds"], message: "请选择票上的人选" });
  });
export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type CreateSession = z.output<typeof createSessionSchema>;

export const sessionRefSchema = z.object({ id: idField, version: versionField });

/** The department's answer to a unit's request: approve, or decline with a reason. */
export const answerRequestSchema = z.discriminatedUnion("approve", [
  z.object({ id: idField, version: versionField, approve: z.literal(true) }),
  z.object({
    id: idField,
    version: versionField,
    approve: z.literal(false),
    reason: z.string({ error: "请填写不同意的理由" }).trim().min(2, "请填写不同意的理由").max(200, "理由不超过200个字"),
  }),
]);

export const applyResultSchema = z.object({
  sessionId: idField,
  candidateId: idField,
  /** the version of the nomination (推荐) or cadre (测评) the user saw */
  version: versionField,
});

const codeField = z.string({ error: "请输入投票码" }).trim().min(1, "请输入投票码").max(40, "投票码不正确");

export const ballotRequestSchema = z.object({ code: codeField });

export const castSchema = z.object({
  code: codeField,
  category: z.enum(VoterCategory, { error: "选票类别不正确" }),
  marks: z.record(z.string().max(64), z.enum(BALLOT_CHOICES, { error: "选项无效" })),
});
export type CastInput = z.infer<typeof castSchema>;
