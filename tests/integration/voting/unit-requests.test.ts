// Issue 25 item 1: a unit party committee sets up a session for its own nominations; it waits
// for the organization department, which approves it (codes may then be issued) or declines it
// with a reason. The unit reads its own sessions and cannot issue codes, approve, or reach
// another unit's nominations.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { answerVotingRequest, createVotingSession, issueCodes, listVotingSessions } from "@/lib/server/voting";
import { createSessionSchema } from "@/lib/validation/voting";
import { sessionState } from "@/lib/voting/state";
import { submitted } from "../nominations/world";
import { BEFORE, DURING, votingWorld } from "./world";

const input = (unitId: string, nominationIds: string[]) =>
  createSessionSchema.parse({
    title: "单位申请的推荐",
    kind: "MEETING_RECOMMENDATION",
    unitId,
    postTitle: "副主任",
    maxChoices: "1",
    opensAt: "2026-12-01T09:00",
    closesAt: "2026-12-01T12:00",
    votersTeam: "5",
    votersMiddle: "0",
    votersOther: "0",
    nominationIds,
    includeTeam: false,
  });

const versionOf = async (id: string) => (await prisma.votingSession.findUniqueOrThrow({ where: { id } })).version;

describe("a unit's request for a voting session", () => {
  it("waits for the department: no codes until approved; then 5 codes; the unit cannot issue or approve", async () => {
    const w = await votingWorld();
    const { id } = await createVotingSession(w.unitA, input(w.a.id, [w.nominationA]), BEFORE);
    const s = await prisma.votingSession.findUniqueOrThrow({ where: { id } });
    expect(s.approvedAt).toBeNull();
    expect(sessionState(s, DURING)).toBe("待组织部审核");
    await expect(issueCodes(w.org, id, BEFORE)).rejects.toThrow("须经组织部审核同意后才能生成投票码");
    await expect(issueCodes(w.unitA, id, BEFORE)).rejects.toThrow();
    await expect(answerVotingRequest(w.unitA, { id, version: s.version, approve: true })).rejects.toThrow();
    expect(await prisma.votingCode.count({ where: { sessionId: id } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { action: "voting.session.request", objectId: id, result: "SUCCESS" } }),
    ).toBe(1);

    await answerVotingRequest(w.org, { id, version: s.version, approve: true });
    expect(await issueCodes(w.org, id, BEFORE)).toHaveLength(5);
    // a stale page (the version before the approval) cannot answer again
    await expect(answerVotingRequest(w.org, { id, version: s.version, approve: true })).rejects.toThrow("已经审核同意");
  });

  it("declined with a reason: closed, never any code, and the unit reads why", async () => {
    const w = await votingWorld();
    const { id } = await createVotingSession(w.unitA, input(w.a.id, [w.nominationB]), BEFORE);
    await answerVotingRequest(w.org, { id, version: await versionOf(id), approve: false, reason: "参加人数不足" });
    const mine = (await listVotingSessions(w.unitA)).find((x) => x.id === id)!;
    expect(mine.declinedReason).toBe("参加人数不足");
    expect(sessionState(mine, DURING)).toBe("组织部未同意");
    await expect(issueCodes(w.org, id, BEFORE)).rejects.toThrow("投票已结束");
  });

  it("a unit reaches only its own unit and nominations; the department's own session is approved at once", async () => {
    const w = await votingWorld();
    const other = await submitted({ a: w.b, unitA: w.unitB }, "丙同志");
    await expect(createVotingSession(w.unitA, input(w.b.id, [other.id]), BEFORE)).rejects.toThrow("请选择单位");
    await expect(createVotingSession(w.unitA, input(w.a.id, [other.id]), BEFORE)).rejects.toThrow("人选不属于该单位");
    const { id } = await createVotingSession(w.org, input(w.a.id, [w.nominationA]), BEFORE);
    expect((await prisma.votingSession.findUniqueOrThrow({ where: { id } })).approvedById).toBe(w.org.userId);
    // the unit's list holds its own unit's sessions only
    expect((await listVotingSessions(w.unitB)).map((x) => x.id)).not.toContain(id);
    expect((await listVotingSessions(w.unitA)).map((x) => x.id)).toContain(id);
  });
});
