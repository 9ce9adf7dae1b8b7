// A 讨论决定 meeting of 9 members: its votes move a nomination at 酝酿 to 讨论决定 only with the
// quorum and the majority of NAT-VOTE, in one transaction with the votes, the item results, the
// nomination's event and the audit rows; a nomination changed since the page was opened rolls
// the whole record back.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import ExcelJS from "exceljs";
import {
  createMeeting,
  exportSelectionRecord,
  getMeeting,
  getSelectionRecord,
  MEETING_RECORDED_MESSAGE,
  recordMeeting,
} from "@/lib/server/meetings";
import { createMeetingSchema, type RecordMeetingInput } from "@/lib/validation/meetings";
import { day } from "@/lib/rules";
import { advance, advanceThrough } from "../nominations/steps";
import { current, nominationWorld, submitted } from "../nominations/world";

const MEETING_DAY = day(2026, 11, 12);
const MEMBERS = ["赵一 区委书记", "钱二 区长", "孙三", "李四", "周五", "吴六", "郑七", "王八", "冯九"].join("\n");

async function meetingOf(w: Awaited<ReturnType<typeof nominationWorld>>, nominationIds: string[]) {
  const input = createMeetingSchema.parse({
    kind: "STANDING_COMMITTEE",
    purpose: "DECISION",
    title: "区委常委会2026年第30次会议",
    heldOn: "2026-11-12",
    members: MEMBERS,
    nominationIds,
  });
  return getMeeting(w.org, (await createMeeting(w.org, input)).id);
}

/** `present` members (the first n) attend; per item, the choices of the present members in order. */
async function recordInput(
  m: Awaited<ReturnType<typeof getMeeting>>,
  present: number,
  choices: ("FOR" | "AGAINST" | "ABSTAIN")[][],
): Promise<RecordMeetingInput> {
  const attending = m.members.slice(0, present);
  return {
    id: m.id,
    version: m.version,
    present: attending.map((x) => x.id),
    items: await Promise.all(
      m.items.map(async (i) => ({ itemId: i.id, nominationVersion: (await current(i.nominationId)).version })),
    ),
    votes: m.items.flatMap((i, k) =>
      attending.map((member, j) => ({ itemId: i.id, memberId: member.id, choice: choices[k][j] })),
    ),
  };
}

const auditCount = (action: string) => prisma.auditLog.count({ where: { action } });
const SIX_OF_SEVEN = ["FOR", "FOR", "FOR", "FOR", "FOR", "FOR", "AGAINST"] as const;

describe("讨论决定 meeting (NAT-VOTE)", () => {
  it("9 members, 7 present: 6 同意 moves the nomination to 讨论决定; 4 同意 (≤ 4.5) does not", async () => {
    const w = await nominationWorld();
    const a = await submitted(w, "甲一");
    const b = await submitted(w, "乙二");
    for (const n of [a, b]) await advanceThrough(w.org, n.id, "DELIBERATED");
    const m = await meetingOf(w, [a.id, b.id]);
    expect(m.membersExpected).toBe(9);
    const before = await auditCount("nomination.advance.decided");

    const input = await recordInput(m, 7, [
      [...SIX_OF_SEVEN],
      ["FOR", "FOR", "FOR", "FOR", "AGAINST", "AGAINST", "ABSTAIN"],
    ]);
    await recordMeeting(w.org, input, { today: MEETING_DAY });

    expect((await current(a.id)).stage).toBe("DECIDED");
    expect((await current(b.id)).stage).toBe("DELIBERATED");
    const ev = await prisma.nominationEvent.findFirstOrThrow({ where: { nominationId: a.id, toStage: "DECIDED" } });
    expect(ev.data).toMatchObject({
      meetingId: m.id,
      meetingDate: "2026-11-12",
      membersExpected: 9,
      membersPresent: 7,
      votesFor: 6,
      votesAgainst: 1,
      votesAbstain: 0,
    });
    const held = await getMeeting(w.org, m.id);
    expect(held.status).toBe("HELD");
    expect(held.members.filter((x) => x.present)).toHaveLength(7);
    expect(held.items.map((i) => [i.result, i.votesFor, i.eventId === ev.id])).toEqual([
      ["PASSED", 6, true],
      ["NOT_PASSED", 4, false],
    ]);
    expect(held.items[1].resultNote).toMatch(/未通过.*至少5票.*（NAT-VOTE）/);
    expect(await prisma.meetingVote.count({ where: { item: { meetingId: m.id } } })).toBe(14);
    expect(await auditCount("nomination.advance.decided")).toBe(before + 1);
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: "meeting.record", objectId: m.id } });
    expect(row.diff).toMatchObject({ present: 7, items: [{ result: "PASSED" }, { result: "NOT_PASSED" }] });

    // recorded once: a second record is refused
    await expect(recordMeeting(w.org, input, { today: MEETING_DAY })).rejects.toThrow(MEETING_RECORDED_MESSAGE);

    // the nomination that failed may go on another meeting: with 5 of 9 present there is no quorum
    const again = await meetingOf(w, [b.id]);
    await recordMeeting(w.org, await recordInput(again, 5, [["FOR", "FOR", "FOR", "FOR", "FOR"]]), {
      today: MEETING_DAY,
    });
    expect((await current(b.id)).stage).toBe("DELIBERATED");
    const noQuorum = await getMeeting(w.org, again.id);
    expect(noQuorum.items[0]).toMatchObject({ result: "NO_QUORUM", membersPresent: 5, votesFor: 5 });
    expect(noQuorum.items[0].resultNote).toMatch(/未达到法定人数.*至少6人/);

    // the 纪实表: the unit reads its own on screen, another unit does not find it; the department exports it
    expect((await getSelectionRecord(w.unitA, a.id)).rows.map((r) => r.step)).toEqual([
      "动议",
      "民主推荐",
      "考察",
      "酝酿",
      "讨论决定",
      "公示",
      "任职",
    ]);
    await expect(getSelectionRecord(w.unitB, a.id)).rejects.toThrow("未找到该推荐");
    await expect(exportSelectionRecord(w.unitA, a.id, new Date(), MEETING_DAY)).rejects.toThrow(
      "您没有执行此操作的权限",
    );
    const file = await exportSelectionRecord(w.org, a.id, new Date(), MEETING_DAY);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("干部选拔任用工作全程纪实表");
    expect(String(ws.getCell("A2").value)).toContain("制表日期：2026.11.12");
    const decided = ws.getRows(4, 7)!.find((r) => r.getCell(1).value === "讨论决定")!;
    expect(decided.getCell(5).value).toBe("应到9人，实到7人，同意6票，不同意1票，弃权0票");
    expect(ws.headerFooter.oddFooter).toContain(w.org.username);
    expect(await prisma.auditLog.count({ where: { action: "export.selectionRecord", objectId: a.id } })).toBe(1);
  });

  it("a nomination moved since the meeting page was opened rolls the whole record back", async () => {
    const w = await nominationWorld();
    const c = await submitted(w, "丙三");
    const d = await submitted(w, "丁四");
    for (const n of [c, d]) await advanceThrough(w.org, n.id, "DELIBERATED");
    const m = await meetingOf(w, [c.id, d.id]);
    const input = await recordInput(m, 7, [[...SIX_OF_SEVEN], [...SIX_OF_SEVEN]]);
    const { _max } = await prisma.auditLog.aggregate({ _max: { id: true } });
    const since = { id: { gt: _max.id ?? BigInt(0) } };
    // meanwhile someone records d's decision by hand
    await advance(w.org, d.id, "DECIDED");

    await expect(recordMeeting(w.org, input, { today: MEETING_DAY })).rejects.toThrow(/该推荐已由他人办理/);
    expect((await current(c.id)).stage).toBe("DELIBERATED");
    const still = await getMeeting(w.org, m.id);
    expect(still.status).toBe("DRAFT");
    expect(still.items.map((i) => i.result)).toEqual(["PENDING", "PENDING"]);
    expect(await prisma.meetingVote.count({ where: { item: { meetingId: m.id } } })).toBe(0);
    // only d's own advance (and the 任免审批表 it fills) was audited in between: nothing of the meeting or of c
    const rows = await prisma.auditLog.findMany({ where: { ...since, objectId: { in: [m.id, c.id, d.id] } } });
    expect(rows.map((r) => [r.action, r.objectId])).toEqual([["nomination.advance.decided", d.id]]);
  });

  it("only nominations at 酝酿 go on a 讨论决定 meeting; a unit account may not build one", async () => {
    const w = await nominationWorld();
    const e = await submitted(w, "戊五");
    await advanceThrough(w.org, e.id, "INVESTIGATED");
    await expect(meetingOf(w, [e.id])).rejects.toThrow(/已不在“酝酿”环节/);
    const input = createMeetingSchema.parse({
      kind: "STANDING_COMMITTEE",
      purpose: "DELIBERATION",
      title: "部务会",
      heldOn: "2026-10-10",
      members: MEMBERS,
      nominationIds: [e.id],
    });
    await expect(createMeeting(w.unitA, input)).rejects.toThrow("您没有执行此操作的权限");
    expect(await prisma.meeting.count({ where: { items: { some: { nominationId: e.id } } } })).toBe(0);
  });
});
