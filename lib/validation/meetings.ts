// A 酝酿 or 讨论决定 meeting: building it (the body, the date, the members, the nominations on its
// list) and recording it (who attended, each present member's vote on each nomination). The
// arithmetic is checked here beside its field; quorum and majority (NAT-VOTE) depend on the
// policy profile and are the server's.
import { z } from "zod";
import { MeetingKind, MeetingPurpose, VoteChoice } from "@/lib/domain/enums";
import { dayField, idField, optionalText, textField, versionField } from "./nominations/fields";
import { enumParam, parseSearchParams, type SearchParams } from "./search-params";

export const MAX_MEETING_MEMBERS = 50;
export const MAX_MEETING_ITEMS = 60;

/** "张三 区委书记" / "张三，区委书记" / "张三" per line → { name, post }. */
const membersField = z
  .string({ error: "请填写参会成员" })
  .transform((s) =>
    s
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [name, ...rest] = line.split(/[\s,，、]+/);
        return { name: name.trim(), post: rest.join(" ").trim() || null };
      }),
  )
  .pipe(
    z
      .array(
        z.object({
          name: z.string({ error: "请填写成员姓名" }).min(1, "请填写成员姓名").max(20, "每位成员姓名不超过20个字"),
          post: z.string().max(40, "职务不超过40个字").nullable(),
        }),
      )
      .min(3, "应到会成员不少于3人，每行一人（姓名 职务）")
      .max(MAX_MEETING_MEMBERS, `应到会成员不超过${MAX_MEETING_MEMBERS}人`)
      .refine((ms) => new Set(ms.map((m) => m.name)).size === ms.length, "成员姓名重复，请核对"),
  );

export const createMeetingSchema = z.object({
  kind: z.enum(MeetingKind, { error: "请选择会议类型" }),
  purpose: z.enum(MeetingPurpose, { error: "请选择会议议题" }),
  title: textField("会议名称", 100),
  heldOn: dayField("请填写会议日期"),
  place: optionalText("会议地点", 100),
  members: membersField,
  nominationIds: z
    .array(idField, { error: "请选择提交会议的推荐" })
    .min(1, "请至少选择一名提交会议的人选")
    .max(MAX_MEETING_ITEMS, `每次会议不超过${MAX_MEETING_ITEMS}名人选`),
});
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const recordMeetingSchema = z
  .object({
    id: idField,
    version: versionField,
    /** the members who attended (ids of the meeting's members) */
    present: z.array(idField, { error: "出席情况格式不正确" }).max(MAX_MEETING_MEMBERS, "出席成员过多"),
    /** each nomination on the list at the version the page showed */
    items: z
      .array(z.object({ itemId: idField, nominationVersion: versionField }), { error: "会议人选格式不正确" })
      .min(1, "会议没有人选")
      .max(MAX_MEETING_ITEMS, `每次会议不超过${MAX_MEETING_ITEMS}名人选`),
    votes: z
      .array(
        z.object({
          itemId: idField,
          memberId: idField,
          choice: z.enum(VoteChoice, { error: "请选择同意、不同意或弃权" }),
        }),
        { error: "表决格式不正确" },
      )
      .max(MAX_MEETING_MEMBERS * MAX_MEETING_ITEMS, "表决过多"),
  })
  .superRefine((v, ctx) => {
    const present = new Set(v.present);
    const seen = new Set<string>();
    for (const vote of v.votes) {
      const key = `${vote.itemId}:${vote.memberId}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["votes"], message: "同一成员对同一人选只能表决一次" });
      seen.add(key);
      if (!present.has(vote.memberId))
        ctx.addIssue({ code: "custom", path: ["votes"], message: "未到会的成员不能表决，请先勾选其到会" });
    }
    for (const item of v.items)
      for (const m of present)
        if (!seen.has(`${item.itemId}:${m}`))
          ctx.addIssue({ code: "custom", path: ["votes"], message: "每位到会成员须对每名人选表明意见" });
  });
export type RecordMeetingInput = z.infer<typeof recordMeetingSchema>;

const newMeetingParams = z.object({ purpose: enumParam(Object.values(MeetingPurpose)) });

/** /nominations/meetings/new?purpose=DECISION: which list to offer (讨论决定 unless 酝酿 is asked for). */
export function parseNewMeetingParams(sp: SearchParams): { purpose: MeetingPurpose } {
  return { purpose: parseSearchParams(newMeetingParams, sp).purpose ?? "DECISION" };
}
