// How a NominationEvent reads in the timeline: a title and the recorded fields in Chinese.
// Pure, tolerant of older data shapes (the demo seed's events carry fewer fields).
import { nominationStageLabel, recommendationMethodLabel } from "@/lib/labels";
import type { RecommendationMethod } from "@/lib/domain/enums";
import { eventKind, type EventLike } from "./events";

const KEY_LABELS: Record<string, string> = {
  method: "推荐方式",
  ballotsIssued: "发出票数",
  ballotsValid: "有效票数",
  votesReceived: "得票数",
  recommendedOn: "推荐日期",
  note: "核实意见",
  meeting: "会议",
  investigatedOn: "考察结束日期",
  investigators: "考察组成员",
  findings: "考察情况",
  evaluation: "考察评价",
  notes: "酝酿情况",
  objections: "酝酿意见",
  meetingDate: "会议日期",
  meetingName: "会议名称",
  decision: "决定内容",
  membersExpected: "应到会人数",
  membersPresent: "实到会人数",
  votesFor: "同意票",
  votesAgainst: "不同意票",
  votesAbstain: "弃权票",
  publicityStart: "公示开始",
  publicityEnd: "公示期满",
  workingDays: "公示工作日数",
  channel: "公示渠道",
  effectiveDate: "任职（入库）日期",
  documentNo: "文号",
  reason: "理由",
  comment: "退回意见",
  receivedOn: "收到日期",
  content: "反映内容",
  resolution: "核查结论",
};

// bookkeeping, not facts of the step ("to" was stored by events recorded before 2026-12)
const HIDDEN = new Set([
  "kind",
  "checks",
  "poolEntryId",
  "objectionId",
  "previous",
  "to",
  "from",
  "id",
  "version",
  "meetingId",
]);

export function eventTitle(e: EventLike): string {
  switch (eventKind(e)) {
    case "SUBMITTED":
      return "单位党委报送推荐（动议）";
    case "PLANNED":
      return "组织部按调配方案动议";
    case "RESUBMITTED":
      return "单位党委修改后重新报送";
    case "RETURNED":
      return "退回单位修改";
    case "OBJECTION":
      return "收到公示期间反映";
    case "OBJECTION_RESOLVED":
      return "反映核查办结";
    case "RECOMMENDATION_RENEWED":
      return "录入（更新）民主推荐结果";
    default:
      if (e.toStage === "REJECTED") return "不予通过";
      if (e.toStage === "WITHDRAWN") return "撤回推荐";
      return `进入“${nominationStageLabel[e.toStage]}”`;
  }
}

const ORDER = Object.keys(KEY_LABELS);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function valueText(key: string, v: unknown): string {
  if (typeof v === "string" && ISO_DAY.test(v)) return v.replaceAll("-", ".");
  if (key === "method" && typeof v === "string") return recommendationMethodLabel[v as RecommendationMethod] ?? v;
  if (Array.isArray(v)) return v.join("、");
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

export function eventFields(e: EventLike): { label: string; value: string }[] {
  const d = e.data && typeof e.data === "object" ? (e.data as Record<string, unknown>) : {};
  const out: { label: string; value: string }[] = [];
  // jsonb does not keep key order: show the fields in the order the steps record them
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  const entries = Object.entries(d).sort(([a], [b]) => rank(a) - rank(b));
  for (const [k, v] of entries) {
    if (HIDDEN.has(k) || v === null || v === undefined || v === "") continue;
    out.push({ label: KEY_LABELS[k] ?? k, value: valueText(k, v) });
  }
  const prev = d.previous as { recommendedOn?: string } | null | undefined;
  if (prev?.recommendedOn) out.push({ label: "原推荐日期", value: valueText("recommendedOn", prev.recommendedOn) });
  const checks = d.checks as
    { hardFailures?: number; warnings?: number; failed?: { ruleId: string; message: string }[] } | undefined;
  if (checks) {
    const failed = (checks.failed ?? []).map((c) => `${c.ruleId}：${c.message}`).join("；");
    out.push({
      label: "资格审查",
      value: `${checks.hardFailures ?? 0}项不符合，${checks.warnings ?? 0}项提示${failed ? `（${failed}）` : ""}`,
    });
  }
  return out;
}
