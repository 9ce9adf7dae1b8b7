// The golden example of a weighted 民主推荐 and its one click into the nomination, anonymity
// checked on the schema, by a query and on the audit log, and a 民主测评 below the threshold
// becoming the cadre's 群众公认度不高 (ZZ15-EXCL). Profile weights: 班子成员 0.4, 中层 0.3, 其他 0.3.
import { beforeAll, describe, expect, it } from "vitest";
import { day } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { applyVotingResult, closeVotingSession, getVotingSession, tallyOf } from "@/lib/server/voting";
import { resetCodeThrottle } from "@/lib/server/voting/vote-throttle";
import type { Marks } from "@/lib/voting/choices";
import { AFTER, cast, codesOf, session, votingWorld } from "./world";

let w: Awaited<ReturnType<typeof votingWorld>>;
let s: Awaited<ReturnType<typeof session>>;
let A: string;
let B: string;
let ballotIdsBeforeClose: string[];

const columns = async (table: string) =>
  (
    await prisma.$queryRaw<{ column_name: string; data_type: string }[]>`
      SELECT column_name::text, data_type::text FROM information_schema.columns WHERE table_name = ${table} ORDER BY 1`
  ).map((c) => `${c.column_name}:${c.data_type}`);

beforeAll(async () => {
  await resetCodeThrottle();
  w = await votingWorld();
  s = await session(w.org, w.a.id, [w.nominationA, w.nominationB], { team: 3, middle: 4, other: 5 });
  const names = await prisma.votingCandidate.findMany({ where: { sessionId: s.id }, orderBy: { sortOrder: "asc" } });
  [A, B] = names.map((n) => n.id);
  const vote = (code: string, category: Parameters<typeof cast>[1], marks: Marks) => cast(code, category, marks);
  const plan: [Parameters<typeof cast>[1], Marks[]][] = [
    ["TEAM_MEMBER", [{ [A]: "RECOMMEND" }, { [A]: "RECOMMEND" }, { [B]: "RECOMMEND" }]],
    ["MIDDLE_MANAGER", [{ [A]: "RECOMMEND" }, { [B]: "RECOMMEND", [A]: "NOT_RECOMMEND" }, { [B]: "RECOMMEND" }, {}]],
    [
      "OTHER_CADRE",
      [{ [A]: "RECOMMEND" }, { [A]: "RECOMMEND" }, { [A]: "RECOMMEND" }, { [B]: "RECOMMEND" }, { [B]: "RECOMMEND" }],
    ],
  ];
  for (const [category, ballots] of plan) {
    const codes = codesOf(s.codes, category);
    for (const [i, marks] of ballots.entries())
      expect(await vote(codes[i], category, marks)).toMatchObject({ ok: true });
  }
  ballotIdsBeforeClose = (await prisma.ballot.findMany({ where: { sessionId: s.id } })).map((b) => b.id);
  const { version } = await prisma.votingSession.findUniqueOrThrow({ where: { id: s.id } });
  await closeVotingSession(w.org, { id: s.id, version }, AFTER);
});

describe("online 民主推荐: tally, record, anonymity", () => {
  it("weighted: 甲 = (0.4×2/3 + 0.3×1/3 + 0.3×3/5) ÷ 1.0 = 54.67%, 乙 = (0.4×1/3 + 0.3×2/3 + 0.3×2/5) = 45.33%; raw 6/11 and 5/11; 12 issued, 12 cast, 11 valid, 1 blank", async () => {
    const t = await tallyOf(await getVotingSession(w.org, s.id));
    expect(t.totals).toEqual({ issued: 12, cast: 12, valid: 11, invalid: 1 });
    const [a, b] = t.candidates;
    expect(a.counts.RECOMMEND).toBe(6);
    expect(b.counts.RECOMMEND).toBe(5);
    expect(a.byCategory).toMatchObject({
      TEAM_MEMBER: { RECOMMEND: 2 },
      MIDDLE_MANAGER: { RECOMMEND: 1, NOT_RECOMMEND: 1 },
    });
    expect(a.rawShare.RECOMMEND).toBeCloseTo(6 / 11, 10);
    expect(a.weightedShare!.RECOMMEND).toBeCloseTo(0.4 * (2 / 3) + 0.3 * (1 / 3) + 0.3 * (3 / 5), 10);
    expect(a.weightedShare!.RECOMMEND).toBeCloseTo(0.546667, 6);
    expect(b.weightedShare!.RECOMMEND).toBeCloseTo(0.453333, 6);
  });

  it("one click writes the nomination's recommendation (会议推荐, 12/11/6, 2026-12-01) through the nomination layer, once", async () => {
    const n = await prisma.nomination.findUniqueOrThrow({ where: { id: w.nominationA } });
    await applyVotingResult(
      w.org,
      { sessionId: s.id, candidateId: A, version: n.version },
      new Date("2026-12-02T09:00:00+08:00"),
    );
    const after = await prisma.nomination.findUniqueOrThrow({ where: { id: w.nominationA } });
    expect(after).toMatchObject({
      method: "MEETING",
      ballotsIssued: 12,
      ballotsValid: 11,
      votesReceived: 6,
      recommendedOn: day(2026, 12, 1),
      version: n.version + 1,
    });
    const event = await prisma.nominationEvent.findFirstOrThrow({
      where: { nominationId: w.nominationA },
      orderBy: { occurredAt: "desc" },
    });
    expect(event.data).toMatchObject({ kind: "RECOMMENDATION_RENEWED", previous: { recommendedOn: "2026-08-20" } });
    await expect(applyVotingResult(w.org, { sessionId: s.id, candidateId: A, version: after.version })).rejects.toThrow(
      "该人选的结果已经写入",
    );
  });

  it("ballots cannot be joined back to codes: no shared column but session and category, no time, keys replaced at closing", async () => {
    expect(await columns("Ballot")).toEqual([
      "category:USER-DEFINED",
      "id:uuid",
      "marks:jsonb",
      "sessionId:text",
      "valid:boolean",
    ]);
    expect(await columns("VotingCode")).toEqual([
      "category:USER-DEFINED",
      "codeHash:text",
      "id:text",
      "sessionId:text",
      "used:boolean",
    ]);
    const fks = await prisma.$queryRaw<{ conname: string }[]>`
      SELECT conname::text FROM pg_constraint WHERE conrelid = '"Ballot"'::regclass AND contype = 'f'`;
    expect(fks.map((f) => f.conname)).toEqual(["Ballot_sessionId_fkey"]);
    // the best join there is pairs every ballot with every used code of its category
    const [pairs] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Ballot" b JOIN "VotingCode" c
        ON c."sessionId" = b."sessionId" AND c."category" = b."category" AND c."used"
      WHERE b."sessionId" = ${s.id}`;
    expect(Number(pairs.n)).toBe(3 * 3 + 4 * 4 + 5 * 5);
    const after = (await prisma.ballot.findMany({ where: { sessionId: s.id } })).map((b) => b.id);
    expect(after).toHaveLength(12);
    expect(after.filter((id) => ballotIdsBeforeClose.includes(id))).toEqual([]);
    // the audit log names the session only: no code, hash, ballot id or choice
    const rows = await prisma.auditLog.findMany({ where: { objectId: s.id } });
    const text = JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    const hashes = await prisma.votingCode.findMany({ where: { sessionId: s.id }, select: { codeHash: true } });
    for (const c of s.codes) expect(text).not.toContain(c.code);
    for (const h of hashes) expect(text).not.toContain(h.codeHash);
    for (const id of [...ballotIdsBeforeClose, ...after]) expect(text).not.toContain(id);
    const casts = rows.filter((r) => r.action === "voting.ballot.cast");
    expect(casts).toHaveLength(12);
    for (const r of casts) expect(r).toMatchObject({ ip: null, userId: null, diff: null });
  });

  it("民主测评: 称职以上 1 of 3 (33.33%) is below 2/3, and one click records 群众公认度不高 (ZZ15-EXCL), audited", async () => {
    const e = await session(w.org, w.a.id, [w.nominationA], { kind: "CANDIDATE_EVALUATION", team: 3 });
    const [cand] = await prisma.votingCandidate.findMany({ where: { sessionId: e.id } });
    const [c1, c2, c3] = codesOf(e.codes, "TEAM_MEMBER");
    await cast(c1, "TEAM_MEMBER", { [cand.id]: "COMPETENT" });
    await cast(c2, "TEAM_MEMBER", { [cand.id]: "BASICALLY_COMPETENT" });
    await cast(c3, "TEAM_MEMBER", { [cand.id]: "INCOMPETENT" });
    const { version } = await prisma.votingSession.findUniqueOrThrow({ where: { id: e.id } });
    await closeVotingSession(w.org, { id: e.id, version }, AFTER);
    const cadre = await prisma.cadre.findUniqueOrThrow({ where: { id: w.cadreA } });
    expect(cadre.lowPublicRecognition).toBe(false);
    await applyVotingResult(w.org, { sessionId: e.id, candidateId: cand.id, version: cadre.version });
    const after = await prisma.cadre.findUniqueOrThrow({ where: { id: w.cadreA } });
    expect(after).toMatchObject({ lowPublicRecognition: true, version: cadre.version + 1 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "cadre.update", objectId: w.cadreA },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ lowPublicRecognition: { from: false, to: true } });
    const apply = await prisma.auditLog.findFirstOrThrow({ where: { action: "voting.result.apply", objectId: e.id } });
    expect(apply.diff).toMatchObject({ ruleId: "ZZ15-EXCL", threshold: 2 / 3 });
  });
});
