// 干部选拔任用工作全程纪实表: one row per step of the procedure (ZZ15-PROCESS), built from the
// nomination's events and the meetings that deliberated or decided it — the date, who took
// part, how, the numbers (推荐票, 考察对象, 会议应到/实到, 表决结果), the documents and who
// recorded it. Steps not reached are listed as 尚未进行. Pure; tolerant of older event shapes.
import type { NominationStage, RecommendationMethod } from "@/lib/domain/enums";
import { meetingKindLabel, nominationStageLabel, recommendationMethodLabel } from "@/lib/labels";
import type { MeetingKind } from "@/lib/domain/enums";
import { eventFields, eventTitle } from "./event-text";
import { eventKind, objectionsOf, type EventLike } from "./events";
import { PROCEDURE } from "./stages";

export interface RecordEvent extends EventLike {
  actorId: string | null;
}

export interface RecordMeeting {
  id: string;
  kind: MeetingKind;
  title: string;
  place: string | null;
  present: string[];
  absent: string[];
}

export interface RecordInput {
  unitName: string;
  cadreName: string;
  /** the unit's 推荐理由 */
  reasons: string | null;
  events: RecordEvent[];
  actorNames: Record<string, string>;
  meetings: Record<string, RecordMeeting>;
}

export interface RecordRow {
  step: string;
  date: string;
  participants: string;
  method: string;
  numbers: string;
  documents: string;
  recorder: string;
}

export const RECORD_HEADERS = ["环节", "时间", "参与人员", "方式", "数据", "形成材料", "记录人"] as const;

/** The seven steps of ZZ15-PROCESS, each a row whether reached or not. */
export const RECORD_STEPS = PROCEDURE;

const dot = (s: unknown) => (typeof s === "string" ? s.replaceAll("-", ".") : "");
const str = (v: unknown) =>
  Array.isArray(v) ? v.join("、") : typeof v === "string" || typeof v === "number" ? String(v) : "";
const num = (v: unknown) => (typeof v === "number" ? v : null);
const join = (parts: (string | false | null | undefined)[], sep = "；") => parts.filter(Boolean).join(sep);
// the day in China (UTC+8) on which the event was recorded
const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll("-", ".");

function dataOf(e: EventLike): Record<string, unknown> {
  return e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {};
}

function voteNumbers(d: Record<string, unknown>): string {
  const expected = num(d.membersExpected);
  const present = num(d.membersPresent);
  const votes =
    num(d.votesFor) != null ? `同意${d.votesFor}票，不同意${d.votesAgainst ?? 0}票，弃权${d.votesAbstain ?? 0}票` : "";
  return join([expected != null && `应到${expected}人`, present != null && `实到${present}人`, votes], "，");
}

function meetingPeople(m: RecordMeeting | undefined, d: Record<string, unknown>): string {
  if (!m) return str(d.meetingName) || str(d.meeting);
  return join([
    `${m.title}（${meetingKindLabel[m.kind]}）`,
    `到会：${m.present.join("、")}`,
    m.absent.length > 0 && `未到会：${m.absent.join("、")}`,
  ]);
}

function stepRow(stage: NominationStage, e: RecordEvent, all: RecordEvent[], input: RecordInput): RecordRow {
  const d = dataOf(e);
  const recorder = e.actorId ? (input.actorNames[e.actorId] ?? "—") : "—";
  const base = { step: nominationStageLabel[stage], date: day(e.occurredAt), recorder };
  const meeting = typeof d.meetingId === "string" ? input.meetings[d.meetingId] : undefined;
  switch (stage) {
    case "PROPOSED":
      return {
        ...base,
        participants: `${input.unitName}党组织`,
        method: str(d.meeting) || "单位党组织研究动议，报送组织部",
        numbers: "",
        documents: input.reasons ? `推荐理由：${input.reasons}` : "",
      };
    case "RECOMMENDED": {
      const issued = num(d.ballotsIssued);
      const valid = num(d.ballotsValid);
      const got = num(d.votesReceived);
      const returned = num(d.ballotsReturned);
      return {
        ...base,
        date: dot(d.recommendedOn) || base.date,
        participants: `${input.unitName}参加推荐人员`,
        method:
          typeof d.method === "string" ? (recommendationMethodLabel[d.method as RecommendationMethod] ?? d.method) : "",
        numbers: join(
          [
            issued != null && `发出${issued}票`,
            returned != null && `收回${returned}票`,
            valid != null && `有效${valid}票`,
            got != null && `得票${got}票`,
          ],
          "，",
        ),
        documents: join([d.note ? `核实意见：${str(d.note)}` : ""]),
      };
    }
    case "INVESTIGATED":
      return {
        ...base,
        date: dot(d.investigatedOn) || base.date,
        participants: d.investigators ? `考察组：${str(d.investigators)}` : "考察组",
        method: "组织考察",
        numbers: `考察对象1人（${input.cadreName}）`,
        documents: join([
          !!d.findings && `考察情况：${str(d.findings)}`,
          !!d.evaluation && `考察评价：${str(d.evaluation)}`,
        ]),
      };
    case "DELIBERATED":
      return {
        ...base,
        date: dot(d.meetingDate) || base.date,
        participants: meetingPeople(meeting, d),
        method: meeting ? `${meetingKindLabel[meeting.kind]}酝酿` : "酝酿",
        numbers: voteNumbers(d),
        documents: str(d.notes) || str(d.objections),
      };
    case "DECIDED":
      return {
        ...base,
        date: dot(d.meetingDate) || base.date,
        participants: meetingPeople(meeting, d),
        method: meeting ? `${meetingKindLabel[meeting.kind]}讨论决定，逐一表决` : "会议讨论决定，表决",
        numbers: voteNumbers(d),
        documents: str(d.decision),
      };
    case "PUBLICIZED": {
      const objections = objectionsOf(all);
      return {
        ...base,
        date: join([dot(d.publicityStart), dot(d.publicityEnd)], "—") || base.date,
        participants: "",
        method: str(d.channel) ? `任前公示（${str(d.channel)}）` : "任前公示",
        numbers: join(
          [
            num(d.workingDays) != null && `公示${d.workingDays}个工作日`,
            `收到反映${objections.length}件，已核查办结${objections.filter((o) => o.resolution !== null).length}件`,
          ],
          "，",
        ),
        documents: objections
          .map((o) => `反映：${o.content}${o.resolution ? `（核查结论：${o.resolution}）` : ""}`)
          .join("；"),
      };
    }
    default:
      return {
        ...base,
        date: dot(d.effectiveDate) || base.date,
        participants: "",
        method: "任职（入库）",
        numbers: "",
        documents: str(d.documentNo) ? `文号：${str(d.documentNo)}` : "",
      };
  }
}

/** The rows in procedure order; returns, renewals and closures appear where they happened. */
export function buildSelectionRecord(input: RecordInput): RecordRow[] {
  const rows: RecordRow[] = [];
  const reached = new Set<NominationStage>();
  for (const e of input.events) {
    const kind = eventKind(e);
    if (kind === "OBJECTION" || kind === "OBJECTION_RESOLVED") continue; // in the 公示 row
    if (
      kind === "SUBMITTED" ||
      kind === "PLANNED" ||
      (kind === "ADVANCED" && RECORD_STEPS.includes(e.toStage) && e.fromStage !== e.toStage)
    ) {
      const stage = kind === "SUBMITTED" || kind === "PLANNED" ? "PROPOSED" : e.toStage;
      if (stage === "PROPOSED" && reached.has("PROPOSED")) continue;
      reached.add(stage);
      rows.push(stepRow(stage, e, input.events, input));
      continue;
    }
    const fields = eventFields(e).map((f) => `${f.label}：${f.value}`);
    rows.push({
      step: eventTitle(e),
      date: day(e.occurredAt),
      participants: "",
      method: "",
      numbers: "",
      documents: fields.join("；"),
      recorder: e.actorId ? (input.actorNames[e.actorId] ?? "—") : "—",
    });
  }
  const closed = input.events.some((e) => e.toStage === "REJECTED" || e.toStage === "WITHDRAWN");
  for (const stage of RECORD_STEPS)
    if (!reached.has(stage))
      rows.push({
        step: nominationStageLabel[stage],
        date: "",
        participants: "",
        method: "",
        numbers: "",
        documents: closed ? "程序已终止，未进行" : "尚未进行",
        recorder: "",
      });
  return rows;
}
