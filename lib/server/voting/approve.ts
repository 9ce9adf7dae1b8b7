import "server-only";
// The department's answer to a unit's request for a voting session: approve it (codes may then
// be issued) or decline it with a reason (the session is closed and no code is ever issued).
// Versioned: a page that went stale is refused, not silently overwritten.
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { votingScope } from "./scope";

type Answer = { id: string; version: number } & ({ approve: true } | { approve: false; reason: string });

export async function answerVotingRequest(actor: Actor, input: Answer, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const s = await tx.votingSession.findFirst({ where: { AND: [{ id: input.id }, votingScope(actor)] } });
    if (!s) throw new NotFoundError("投票");
    if (s.approvedAt) throw new UserFacingError("该投票已经审核同意");
    if (s.closedAt) throw new UserFacingError("该投票申请已经办结");
    const data = input.approve
      ? { approvedAt: now, approvedById: actor.userId }
      : { closedAt: now, declinedReason: input.reason };
    const done = await tx.votingSession.updateMany({
      where: { id: s.id, version: input.version, approvedAt: null, closedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new StaleVersionError("VotingSession", s.id, input.version);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: input.approve ? "voting.session.approve" : "voting.session.decline",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: input.approve
        ? { approvedAt: { from: null, to: now.toISOString() } }
        : { closedAt: { from: null, to: now.toISOString() }, reason: input.reason },
    });
  });
}
