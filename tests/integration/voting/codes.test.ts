// One-time codes: each works once, only in its window, only for its category; guesses are
// throttled per address; two casts with one code at once count once.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { closeVotingSession, openBallot } from "@/lib/server/voting";
import { resetCodeThrottle } from "@/lib/server/voting/vote-throttle";
import { AFTER, cast, codesOf, DURING, IP, session, votingWorld } from "./world";

beforeEach(() => resetCodeThrottle());

describe("one-time voting codes", () => {
  it("a code works once; a second use, a code after closing and a code of another category are refused", async () => {
    const w = await votingWorld();
    const s = await session(w.org, w.a.id, [w.nominationA, w.nominationB], { team: 3, middle: 3 });
    const [t1, t2, t3] = codesOf(s.codes, "TEAM_MEMBER");
    const [m1] = codesOf(s.codes, "MIDDLE_MANAGER");
    const candidates = await prisma.votingCandidate.findMany({
      where: { sessionId: s.id },
      orderBy: { sortOrder: "asc" },
    });
    const A = candidates[0].id;

    const opened = await openBallot(t1.toLowerCase().replace(/(.{4})/g, "$1-"), { now: DURING, ip: IP });
    expect(opened).toMatchObject({ ok: true, value: { category: "TEAM_MEMBER", maxChoices: 1 } });
    expect(await cast(t1, "TEAM_MEMBER", { [A]: "RECOMMEND" })).toEqual({ ok: true, value: null });
    expect(await cast(t1, "TEAM_MEMBER", { [A]: "RECOMMEND" })).toEqual({
      ok: false,
      message: "该投票码已经投过票，每个投票码只能使用一次",
    });
    expect(await cast(m1, "TEAM_MEMBER", { [A]: "RECOMMEND" })).toEqual({
      ok: false,
      message: "该投票码属于“中层干部”的选票，不能用于此选票",
    });
    // more names than allowed: refused, the code stays unused
    expect(await cast(t2, "TEAM_MEMBER", { [A]: "RECOMMEND", [candidates[1].id]: "RECOMMEND" })).toMatchObject({
      ok: false,
      message: "最多可推荐 1 人，您推荐了 2 人",
    });
    // two casts with one code at the same moment: exactly one counts
    const both = await Promise.all([cast(t2, "TEAM_MEMBER", { [A]: "RECOMMEND" }), cast(t2, "TEAM_MEMBER", {})]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.ballot.count({ where: { sessionId: s.id } })).toBe(2);

    const { version } = await prisma.votingSession.findUniqueOrThrow({ where: { id: s.id } });
    await closeVotingSession(w.org, { id: s.id, version }, AFTER);
    expect(await cast(t3, "TEAM_MEMBER", { [A]: "RECOMMEND" }, DURING)).toEqual({
      ok: false,
      message: "投票已结束，该投票码不能再使用",
    });
    expect(await prisma.ballot.count({ where: { sessionId: s.id } })).toBe(2);
    expect(await prisma.votingCode.count({ where: { sessionId: s.id, used: true } })).toBe(2);
  });

  it("refuses an unknown code, and after 20 refusals from one address refuses even a good code for a while", async () => {
    const w = await votingWorld();
    const s = await session(w.org, w.a.id, [w.nominationA]);
    const good = codesOf(s.codes, "TEAM_MEMBER")[0];
    expect(await openBallot("ABCD-EFGH-JKMN", { now: DURING, ip: IP })).toEqual({
      ok: false,
      message: "投票码不正确，请核对投票码条上的字符后重新输入",
    });
    for (let i = 0; i < 19; i++) await openBallot("0000", { now: DURING, ip: IP });
    expect(await openBallot(good, { now: DURING, ip: IP })).toEqual({
      ok: false,
      message: "输入错误次数过多，请 5 分钟后再试",
    });
    expect(await openBallot(good, { now: DURING, ip: "203.0.113.9" })).toMatchObject({ ok: true });
    const refusals = await prisma.auditLog.findMany({ where: { action: "voting.code.refused", ip: IP } });
    expect(refusals.length).toBeGreaterThanOrEqual(20);
    for (const r of refusals) expect(JSON.stringify(r.diff)).not.toContain("ABCD");
  });
});
