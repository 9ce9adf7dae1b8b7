import "server-only";
// Closing a session: from then on no code works, and the ballots are rewritten in random order
// with fresh random keys, in the same transaction, so not even the physical order of the rows
// follows the order of casting any longer (docs/nominations.md "Online voting").
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { votingScope } from "./scope";

export async function closeVotingSession(actor: Actor, input: { id: string; version: number }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const s = await tx.votingSession.findFirst({ where: { AND: [{ id: input.id }, votingScope(actor)] } });
    if (!s) throw new NotFoundError("投票");
    if (s.closedAt) throw new UserFacingError("该投票已经结束");
    if (now < s.opensAt) throw new UserFacingError("投票尚未开始，不能结束");
    // waits for casts in flight (they hold the row FOR SHARE); the version catches a stale page
    const closed = await tx.votingSession.updateMany({
      where: { id: s.id, version: input.version, closedAt: null },
      data: { closedAt: now, version: { increment: 1 } },
    });
    if (closed.count !== 1) throw new StaleVersionError("VotingSession", s.id, input.version);
    // normally gone at opening already; closing is the last moment they may exist
    const slips = await tx.votingSlipCode.deleteMany({ where: { sessionId: s.id } });
    if (slips.count) await tx.votingSession.update({ where: { id: s.id }, data: { slipsDestroyedAt: now } });
    const shuffled = await tx.$executeRaw`
      WITH old AS (DELETE FROM "Ballot" WHERE "sessionId" = ${s.id} RETURNING "sessionId", "category", "valid", "marks")
      INSERT INTO "Ballot" ("id", "sessionId", "category", "valid", "marks")
      SELECT gen_random_uuid(), "sessionId", "category", "valid", "marks" FROM old ORDER BY random()`;
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.session.close",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { closedAt: { from: null, to: now.toISOString() }, ballots: shuffled },
    });
    return { ballots: shuffled };
  });
}
