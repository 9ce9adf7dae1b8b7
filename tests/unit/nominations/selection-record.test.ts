import { describe, expect, it } from "vitest";
import { buildSelectionRecord, type RecordEvent } from "@/lib/nominations/selection-record";

const at = (d: string) => new Date(`${d}T02:00:00Z`);
const ev = (id: string, from: RecordEvent["fromStage"], to: RecordEvent["toStage"], when: string, data: object) => ({
  id,
  fromStage: from,
  toStage: to,
  occurredAt: at(when),
  actorId: id === "e1" ? "u-unit" : "u-org",
  data,
});

const EVENTS: RecordEvent[] = [
  ev("e1", null, "PROPOSED", "2026-09-01", { kind: "SUBMITTED", method: "BOTH", ballotsIssued: 40 }),
  ev("e2", "PROPOSED", "RECOMMENDED", "2026-09-05", {
    method: "BOTH",
    ballotsIssued: 40,
    ballotsValid: 39,
    votesReceived: 31,
    recommendedOn: "2026-08-20",
  }),
  ev("e3", "RECOMMENDED", "INVESTIGATED", "2026-09-20", {
    investigators: ["王强", "赵丽"],
    findings: "个别谈话23人",
    evaluation: "群众公认",
  }),
  ev("e4", "INVESTIGATED", "DELIBERATED", "2026-10-10", { notes: "无不同意见" }),
  ev("e5", "DELIBERATED", "DECIDED", "2026-11-12", {
    meetingId: "m1",
    meetingDate: "2026-11-12",
    meetingName: "区委常委会第30次会议",
    decision: "同意",
    membersExpected: 9,
    membersPresent: 7,
    votesFor: 6,
    votesAgainst: 1,
    votesAbstain: 0,
  }),
];

const INPUT = {
  unitName: "青禾街道",
  cadreName: "李明",
  reasons: "工作实绩突出",
  events: EVENTS,
  actorNames: { "u-unit": "街道党工委", "u-org": "组织部干部科" },
  meetings: {
    m1: {
      id: "m1",
      kind: "STANDING_COMMITTEE" as const,
      title: "区委常委会第30次会议",
      place: null,
      present: ["赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七"],
      absent: ["王八", "冯九"],
    },
  },
};

describe("全程纪实表 from the events (2026-09-01 动议 … 2026-11-12 讨论决定)", () => {
  it("lists the seven steps in order; 公示 and 任职 not yet reached", () => {
    const rows = buildSelectionRecord(INPUT);
    expect(rows.map((r) => r.step)).toEqual(["动议", "民主推荐", "考察", "酝酿", "讨论决定", "公示", "任职"]);
    expect(rows.slice(5).map((r) => r.documents)).toEqual(["尚未进行", "尚未进行"]);
  });

  it("carries the numbers: 推荐票 40/39/31, 考察对象, 会议 应到9 实到7 同意6", () => {
    const [proposed, rec, inv, , dec] = buildSelectionRecord(INPUT);
    expect(proposed).toMatchObject({ date: "2026.09.01", documents: "推荐理由：工作实绩突出", recorder: "街道党工委" });
    expect(rec).toMatchObject({
      date: "2026.08.20",
      method: "会议推荐和个别谈话推荐",
      numbers: "发出40票，有效39票，得票31票",
    });
    expect(inv).toMatchObject({ participants: "考察组：王强、赵丽", numbers: "考察对象1人（李明）" });
    expect(dec).toMatchObject({
      date: "2026.11.12",
      method: "常委会讨论决定，逐一表决",
      numbers: "应到9人，实到7人，同意6票，不同意1票，弃权0票",
      documents: "同意",
      recorder: "组织部干部科",
    });
    expect(dec.participants).toBe(
      "区委常委会第30次会议（常委会）；到会：赵一、钱二、孙三、李四、周五、吴六、郑七；未到会：王八、冯九",
    );
  });

  it("a closed nomination marks the steps it never reached as terminated", () => {
    const rows = buildSelectionRecord({
      ...INPUT,
      events: [...EVENTS.slice(0, 3), ev("e9", "INVESTIGATED", "REJECTED", "2026-10-01", { reason: "暂缓列入" })],
    });
    expect(rows.map((r) => r.step)).toEqual([
      "动议",
      "民主推荐",
      "考察",
      "不予通过",
      "酝酿",
      "讨论决定",
      "公示",
      "任职",
    ]);
    expect(rows[3].documents).toBe("理由：暂缓列入");
    expect(rows[4].documents).toBe("程序已终止，未进行");
  });
});
