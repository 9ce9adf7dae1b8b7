// Slips printable from any process, as often as needed, until voting opens: the plain codes are
// kept encrypted in "VotingSlipCode" and read back without the issuing call's memory; they are
// deleted at opening (by the clock, by "现在开始投票") or by 销毁, after which printing says why
// not. The code-guess throttle is counted in PostgreSQL: two connections see one counter.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/server/db";
import {
  destroyOpenedSlips,
  destroySlipCodes,
  issueCodes,
  openBallot,
  openVotingNow,
  readSlipCodes,
} from "@/lib/server/voting";
import {
  codeGuessesExceeded,
  MAX_CODE_FAILURES_PER_WINDOW,
  recordCodeFailure,
  resetCodeThrottle,
} from "@/lib/server/voting/vote-throttle";
import { BEFORE, DURING, IP, session, votingWorld } from "./world";

const sorted = (codes: { category: string; code: string }[]) => codes.map((c) => `${c.category}:${c.code}`).sort();
const stored = (sessionId: string) => prisma.votingSlipCode.count({ where: { sessionId } });
const versionOf = async (id: string) => (await prisma.votingSession.findUniqueOrThrow({ where: { id } })).version;

// a second, independent pool of connections: what another app process would hold
const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });
afterAll(() => other.$disconnect());
beforeEach(() => resetCodeThrottle());

describe("slips from the database until voting opens", () => {
  it("reprints the same codes from a fresh import of the module, encrypted at rest; opening deletes them and printing then says why", async () => {
    const w = await votingWorld();
    const s = await session(w.org, w.a.id, [w.nominationA], { team: 3, middle: 3 });
    const rows = await prisma.votingSlipCode.findMany({ where: { sessionId: s.id } });
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r.codeCipher).toMatch(/^f1:/);
      for (const c of s.codes) expect(r.codeCipher).not.toContain(c.code);
    }
    const first = await readSlipCodes(w.org, s.id, BEFORE);
    expect(first.ok && sorted(first.codes)).toEqual(sorted(s.codes));
    // another process: nothing of the issuing call's memory, the module loaded afresh
    vi.resetModules();
    const fresh = await import("@/lib/server/voting/slip-codes");
    const again = await fresh.readSlipCodes(w.org, s.id, new Date(BEFORE.getTime() + 60_000));
    expect(again.ok && sorted(again.codes)).toEqual(sorted(s.codes));

    // the first code used after opening deletes the plain codes
    expect(await openBallot(s.codes[0].code, { now: DURING, ip: IP })).toMatchObject({ ok: true });
    expect(await stored(s.id)).toBe(0);
    expect((await prisma.votingSession.findUniqueOrThrow({ where: { id: s.id } })).slipsDestroyedAt).toEqual(DURING);
    expect(await fresh.readSlipCodes(w.org, s.id, DURING)).toEqual({
      ok: false,
      message:
        "投票已于 2026.12.01 09:00 开始，投票码明文已按规定销毁，投票码条不能再打印。如投票码条遗失，须新建投票。",
    });
    await expect(issueCodes(w.org, s.id, DURING)).rejects.toThrow("投票已开始，不能再生成投票码");
    expect(
      await prisma.auditLog.count({ where: { action: "voting.slips.destroy", objectId: s.id, userId: null } }),
    ).toBe(1);
  });

  it("销毁 before opening: printing refused with the reason; issuing again makes new printable codes; 现在开始投票 deletes them and opens", async () => {
    const w = await votingWorld();
    const s = await session(w.org, w.a.id, [w.nominationA]);
    await destroySlipCodes(w.org, { id: s.id, version: await versionOf(s.id) }, BEFORE);
    expect(await stored(s.id)).toBe(0);
    expect(await readSlipCodes(w.org, s.id, BEFORE)).toEqual({
      ok: false,
      message:
        "投票码明文已于 2026.12.01 08:00 销毁，投票码条不能再打印。如需补打，请重新生成投票码（原投票码全部作废）。",
    });
    await expect(destroySlipCodes(w.org, { id: s.id, version: await versionOf(s.id) }, BEFORE)).rejects.toThrow(
      "没有可销毁的投票码明文",
    );
    const reissued = await issueCodes(w.org, s.id, BEFORE);
    const read = await readSlipCodes(w.org, s.id, BEFORE);
    expect(read.ok && sorted(read.codes)).toEqual(sorted(reissued));

    const early = new Date(BEFORE.getTime() + 5 * 60_000);
    await openVotingNow(w.org, { id: s.id, version: await versionOf(s.id) }, early);
    expect(await stored(s.id)).toBe(0);
    expect((await prisma.votingSession.findUniqueOrThrow({ where: { id: s.id } })).opensAt).toEqual(early);
    const later = new Date(early.getTime() + 60_000);
    expect(await openBallot(reissued[0].code, { now: later, ip: IP })).toMatchObject({ ok: true });
    expect(await readSlipCodes(w.org, s.id, later)).toMatchObject({ ok: false, message: /投票已于 .* 开始/ });
    // a unit account cannot print or destroy
    await expect(readSlipCodes(w.unitA, s.id, BEFORE)).rejects.toThrow();
  });
});

describe("the sweep every process runs once a minute", () => {
  it("deletes the plain codes of sessions opened by the clock that nobody touched, and only those (one at 09:00, one moved to 10:30; swept at 08:30, 10:00, 10:31)", async () => {
    const w = await votingWorld();
    const early = await session(w.org, w.a.id, [w.nominationA]);
    const late = await session(w.org, w.a.id, [w.nominationA]);
    await prisma.votingSession.update({
      where: { id: late.id },
      data: { opensAt: new Date("2026-12-01T10:30:00+08:00") },
    });
    await destroyOpenedSlips(new Date("2026-12-01T08:30:00+08:00"));
    expect([await stored(early.id), await stored(late.id)]).toEqual([3, 3]);
    await destroyOpenedSlips(DURING);
    expect([await stored(early.id), await stored(late.id)]).toEqual([0, 3]);
    expect(
      await prisma.auditLog.count({ where: { action: "voting.slips.destroy", objectId: early.id, userId: null } }),
    ).toBe(1);
    await destroyOpenedSlips(new Date("2026-12-01T10:31:00+08:00"));
    expect(await stored(late.id)).toBe(0);
  });
});

describe("the code-guess throttle, shared in PostgreSQL", () => {
  it("two connections count into one window: 10 + 9 refusals pass, the 20th shuts the address out on both; 20 at once count 20", async () => {
    const ip = "192.0.2.44";
    for (let i = 0; i < 10; i++) await recordCodeFailure(ip, DURING);
    for (let i = 0; i < 9; i++) await recordCodeFailure(ip, DURING, other);
    expect(await codeGuessesExceeded(ip, DURING, other)).toBe(false);
    await recordCodeFailure(ip, DURING, other);
    expect(await codeGuessesExceeded(ip, DURING)).toBe(true);
    expect(await codeGuessesExceeded(ip, DURING, other)).toBe(true);
    // five minutes later the window has passed
    expect(await codeGuessesExceeded(ip, new Date(DURING.getTime() + 5 * 60_000 + 1))).toBe(false);

    // concurrent refusals from two pools: the upsert adds every one
    const ip2 = "192.0.2.45";
    await Promise.all(
      Array.from({ length: MAX_CODE_FAILURES_PER_WINDOW }, (_, i) =>
        recordCodeFailure(ip2, DURING, i % 2 ? other : prisma),
      ),
    );
    const [{ n }] = await prisma.$queryRaw<
      { n: number }[]
    >`SELECT sum("count")::int AS n FROM "ThrottleCounter" WHERE "scope" = 'vote-code-address'`;
    expect(n).toBe(MAX_CODE_FAILURES_PER_WINDOW * 2);
    expect(await codeGuessesExceeded(ip2, DURING)).toBe(true);
    // no address is stored readable
    const keys = await prisma.throttleCounter.findMany();
    for (const k of keys) expect(k.keyHash).not.toContain("192.0.2");
  });
});
