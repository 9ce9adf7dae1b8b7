// 个别谈话推荐 recorded talk by talk (TALK_RECORD): staff enter one record per talk — date,
// category, 谈话人, recommendations, 谈话要点, never the person's name — void a wrong one with a
// reason, close, and the tally turns into the nomination's recommendation like a ballot's.
// Weights of the profile: 班子成员 0.4, 中层干部 0.3.
import { beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/rules";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import {
  addTalkRecord,
  applyVotingResult,
  closeVotingSession,
  createVotingSession,
  getVotingSession,
  issueCodes,
  tallyOf,
  voidTalkRecord,
} from "@/lib/server/voting";
import { createSessionSchema } from "@/lib/validation/voting";
import { talkRecordSchema } from "@/lib/validation/voting-talks";
import type { Marks } from "@/lib/voting/choices";
import { BEFORE, votingWorld } from "./world";

const DAY1 = new Date("2026-12-01T15:00:00+08:00");
const DAY2 = new Date("2026-12-02T15:00:00+08:00");
const CLOSED = new Date("2026-12-04T09:00:00+08:00");

let w: Awaited<ReturnType<typeof votingWorld>>;
let sessionId: string;
let A: string;
let B: string;
let voided: string;
let first: string;

const talk = (category: string, marks: Marks, talkedOn = "2026-12-01", summary = "认为其工作扎实，群众基础好") =>
  talkRecordSchema.parse({ sessionId, category, talkedOn, interviewers: "王科长、李干事", marks, summary });

beforeAll(async () => {
  w = await votingWorld();
  const input = createSessionSchema.parse({
    title: "个别谈话推荐（测试）",
    kind: "TALK_RECORD",
    unitId: w.a.id,
    postTitle: "副主任",
    maxChoices: "1",
    opensAt: "2026-12-01T09:00",
    closesAt: "2026-12-03T18:00",
    votersTeam: "3",
    votersMiddle: "4",
    votersOther: "0",
    nominationIds: [w.nominationA, w.nominationB],
    includeTeam: false,
  });
  sessionId = (await createVotingSession(w.org, input, BEFORE)).id;
  [A, B] = (await prisma.votingCandidate.findMany({ where: { sessionId }, orderBy: { sortOrder: "asc" } })).map(
    (c) => c.id,
  );
  await addTalkRecord(w.org, talk("TEAM_MEMBER", { [A]: "RECOMMEND" }), DAY1);
  voided = (await addTalkRecord(w.org, talk("TEAM_MEMBER", { [B]: "RECOMMEND" }), DAY1)).id;
  await addTalkRecord(w.org, talk("TEAM_MEMBER", { [A]: "RECOMMEND" }), DAY1);
  // the team's 3 planned talks are all entered: a fourth is refused until one is voided
  await expect(addTalkRecord(w.org, talk("TEAM_MEMBER", { [B]: "RECOMMEND" }), DAY1)).rejects.toThrow(
    "班子成员已录入 3 人，达到计划谈话人数 3 人",
  );
  await voidTalkRecord(w.org, { id: voided, version: 1, reason: "类别录错，应为中层干部" }, DAY1);
  await addTalkRecord(w.org, talk("TEAM_MEMBER", { [B]: "RECOMMEND" }, "2026-12-02"), DAY2);
  await addTalkRecord(w.org, talk("MIDDLE_MANAGER", { [B]: "RECOMMEND" }, "2026-12-02"), DAY2);
  await addTalkRecord(w.org, talk("MIDDLE_MANAGER", { [B]: "RECOMMEND", [A]: "NOT_RECOMMEND" }, "2026-12-02"), DAY2);
  await addTalkRecord(w.org, talk("MIDDLE_MANAGER", {}, "2026-12-02", "表示对人选不了解，不推荐"), DAY2);
  const { version } = await prisma.votingSession.findUniqueOrThrow({ where: { id: sessionId } });
  await closeVotingSession(w.org, { id: sessionId, version }, CLOSED);
  first = sessionId;
});

describe("个别谈话推荐 records (TALK_RECORD)", () => {
  it("tally: 甲 = (0.4×2/3 + 0.3×0/2) ÷ 0.7 = 38.10%, 乙 = (0.4×1/3 + 0.3×2/2) ÷ 0.7 = 61.90%; raw 2/5 and 3/5; 7 planned, 6 kept, 5 valid, 1 blank; the voided record counts nowhere", async () => {
    const t = await tallyOf(await getVotingSession(w.org, sessionId));
    expect(t.totals).toEqual({ issued: 7, cast: 6, valid: 5, invalid: 1 });
    expect(t.categories.map((c) => [c.category, c.issued, c.cast, c.valid])).toEqual([
      ["TEAM_MEMBER", 3, 3, 3],
      ["MIDDLE_MANAGER", 4, 3, 2],
    ]);
    const [a, b] = t.candidates;
    expect(a.byCategory).toMatchObject({
      TEAM_MEMBER: { RECOMMEND: 2 },
      MIDDLE_MANAGER: { RECOMMEND: 0, NOT_RECOMMEND: 1 },
    });
    expect(b.byCategory).toMatchObject({ TEAM_MEMBER: { RECOMMEND: 1 }, MIDDLE_MANAGER: { RECOMMEND: 2 } });
    expect(a.rawShare.RECOMMEND).toBeCloseTo(2 / 5, 10);
    expect(b.rawShare.RECOMMEND).toBeCloseTo(3 / 5, 10);
    expect(a.weightedShare!.RECOMMEND).toBeCloseTo(0.380952, 6);
    expect(b.weightedShare!.RECOMMEND).toBeCloseTo(0.619048, 6);
    const v = await prisma.votingTalkRecord.findUniqueOrThrow({ where: { id: voided } });
    expect(v).toMatchObject({ voidReason: "类别录错，应为中层干部", voidedById: w.org.userId, version: 2 });
  });

  it("one click writes 个别谈话推荐 (INDIVIDUAL_TALK, 7/5/2, 2026-12-01) into the nomination", async () => {
    const n = await prisma.nomination.findUniqueOrThrow({ where: { id: w.nominationA } });
    await applyVotingResult(w.org, { sessionId, candidateId: A, version: n.version }, CLOSED);
    expect(await prisma.nomination.findUniqueOrThrow({ where: { id: w.nominationA } })).toMatchObject({
      method: "INDIVIDUAL_TALK",
      ballotsIssued: 7,
      ballotsValid: 5,
      votesReceived: 2,
      recommendedOn: day(2026, 12, 1),
    });
  });

  it("refuses records and voiding after closing, bad input beside its field, a stale void, codes and another unit", async () => {
    await expect(addTalkRecord(w.org, talk("MIDDLE_MANAGER", { [A]: "RECOMMEND" }), CLOSED)).rejects.toThrow(
      "谈话推荐已结束，谈话记录不能再录入或作废",
    );
    const kept = await prisma.votingTalkRecord.findFirstOrThrow({ where: { sessionId, voidedAt: null } });
    await expect(voidTalkRecord(w.org, { id: kept.id, version: 1, reason: "测试" }, CLOSED)).rejects.toThrow(
      "谈话推荐已结束",
    );
    expect(await prisma.votingTalkRecord.count({ where: { sessionId } })).toBe(7);
    await expect(issueCodes(w.org, sessionId, BEFORE)).rejects.toThrow();
    await expect(addTalkRecord(w.unitA, talk("TEAM_MEMBER", {}), DAY1)).rejects.toThrow();

    // a second, open session: the limit, the dates, a stale version
    const open = await createVotingSession(
      w.org,
      createSessionSchema.parse({
        title: "第二次谈话",
        kind: "TALK_RECORD",
        unitId: w.a.id,
        maxChoices: "1",
        opensAt: "2026-12-01T09:00",
        closesAt: "2026-12-03T18:00",
        votersTeam: "3",
        votersMiddle: "0",
        votersOther: "0",
        nominationIds: [w.nominationA, w.nominationB],
        includeTeam: false,
      }),
      BEFORE,
    );
    sessionId = open.id;
    [A, B] = (await prisma.votingCandidate.findMany({ where: { sessionId }, orderBy: { sortOrder: "asc" } })).map(
      (c) => c.id,
    );
    await expect(
      addTalkRecord(w.org, talk("TEAM_MEMBER", { [A]: "RECOMMEND", [B]: "RECOMMEND" }), DAY1),
    ).rejects.toMatchObject({ fields: { marks: "最多可推荐 1 人，您推荐了 2 人" } });
    await expect(addTalkRecord(w.org, talk("TEAM_MEMBER", {}, "2026-11-30"), DAY1)).rejects.toMatchObject({
      fields: { talkedOn: "谈话日期应在 2026.12.01 至 2026.12.01 之间" },
    });
    await expect(addTalkRecord(w.org, talk("OTHER_CADRE", {}), DAY1)).rejects.toMatchObject({
      fields: { category: "本次谈话推荐没有这一类谈话对象" },
    });
    expect(
      talkRecordSchema
        .safeParse({ sessionId, category: "TEAM_MEMBER", talkedOn: "", marks: {}, summary: "" })
        .error?.issues.map((i) => i.message),
    ).toEqual(expect.arrayContaining(["请填写谈话日期", "请填写谈话要点"]));
    const { id } = await addTalkRecord(w.org, talk("TEAM_MEMBER", { [A]: "RECOMMEND" }), DAY1);
    await voidTalkRecord(w.org, { id, version: 1, reason: "重复录入" }, DAY1);
    await expect(voidTalkRecord(w.org, { id, version: 1, reason: "重复录入" }, DAY1)).rejects.toThrow("已经作废");
    const second = await addTalkRecord(w.org, talk("TEAM_MEMBER", { [A]: "RECOMMEND" }), DAY1);
    await expect(voidTalkRecord(w.org, { id: second.id, version: 7, reason: "测试" }, DAY1)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
  });

  it("stores no name of the 谈话对象, and the audit log keeps neither the recommendations nor the 谈话要点", async () => {
    const cols = await prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name::text FROM information_schema.columns WHERE table_name = 'VotingTalkRecord' ORDER BY 1`;
    expect(cols.map((c) => c.column_name)).toEqual([
      "category",
      "createdAt",
      "createdById",
      "id",
      "interviewers",
      "marks",
      "sessionId",
      "summary",
      "talkedOn",
      "valid",
      "version",
      "voidReason",
      "voidedAt",
      "voidedById",
    ]);
    const rows = await prisma.auditLog.findMany({
      where: { objectId: first, action: { in: ["voting.talk.record", "voting.talk.void"] } },
    });
    expect(rows.filter((r) => r.action === "voting.talk.record")).toHaveLength(7);
    expect(rows.filter((r) => r.action === "voting.talk.void")).toHaveLength(1);
    for (const r of rows) expect(JSON.stringify(r.diff)).not.toMatch(/RECOMMEND|群众基础|不了解/);
  });
});
