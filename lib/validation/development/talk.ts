import { z } from "zod";
import { TalkKind } from "@/lib/domain/enums";
import { dayField, idField, textField, versionField } from "./common";

/**
 * What a talk records about the cadre. A recorded problem (D20-MGMT-RECORD: 自我设计、攀附钻营、
 * 拈轻怕重 …) is raised at the yearly review; a tolerated mistake (D20-MGMT-ERROR-TOLERANCE,
 * 容错纠错) never counts against the cadre. One or the other, never both.
 */
export const TALK_RECORDS = ["NONE", "PROBLEM", "TOLERATED"] as const;
export type TalkRecord = (typeof TALK_RECORDS)[number];
export const talkRecordLabel: Record<TalkRecord, string> = {
  NONE: "一般谈话",
  PROBLEM: "问题记录在案（D20-MGMT-RECORD）",
  TOLERATED: "容错纠错，不作为影响使用的记录（D20-MGMT-ERROR-TOLERANCE）",
};

const talkBase = z.object({
  kind: z.enum(TalkKind, { error: "请选择谈话类型" }),
  talkedOn: dayField("谈话日期"),
  talkedBy: textField("谈话人", 100),
  summary: textField("谈话要点", 2000),
  record: z.enum(TALK_RECORDS, { error: "请选择记录性质" }),
});

export const createTalkSchema = talkBase.extend({ cadreId: idField });
export const updateTalkSchema = talkBase.extend({ id: idField, version: versionField });

export function recordFlags(record: TalkRecord) {
  return { problemRecorded: record === "PROBLEM", errorTolerated: record === "TOLERATED" };
}

export function recordOf(t: { problemRecorded: boolean; errorTolerated: boolean }): TalkRecord {
  return t.errorTolerated ? "TOLERATED" : t.problemRecorded ? "PROBLEM" : "NONE";
}

/** How the talk weighs in the yearly pool review (poolExitSignals reads the same facts). */
export function talkEffect(t: { kind: TalkKind; problemRecorded: boolean; errorTolerated: boolean }): {
  text: string;
  tone: "bad" | "warn" | "info" | "neutral";
  ruleId: string | null;
} {
  if (t.errorTolerated) return { text: "容错纠错，不计入", tone: "info", ruleId: "D20-MGMT-ERROR-TOLERANCE" };
  if (t.problemRecorded) return { text: "问题记录在案", tone: "bad", ruleId: "D20-MGMT-RECORD" };
  if (t.kind === "ADMONITION" || t.kind === "REMINDER")
    return { text: "年度研判时考虑", tone: "warn", ruleId: "WS-TALKS" };
  return { text: "—", tone: "neutral", ruleId: null };
}
