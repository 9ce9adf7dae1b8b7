import "server-only";
// "开始投票": staff open a session ahead of its scheduled time (the slips are handed out in the
// meeting room): opensAt becomes now, and the stored plain codes of the slips are deleted in the
// same transaction, as at any opening (slip-codes.ts).
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { votingScope } from "./scope";

export async function openVotingNow(actor: Actor, input: { id: string; version: number }, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const s = await tx.votingSession.findFirst({
      where: { AND: [{ id: input.id }, votingScope(actor)] },
      include: { _count: { select: { codes: true } } },
    });
    if (!s) throw new NotFoundError("投票");
    if (s.closedAt) throw new UserFacingError("该投票已经结束");
    if (now >= s.opensAt) throw new UserFacingError("投票已经开始");
    if (!s.approvedAt) throw new UserFacingError("该投票由单位申请，须经组织部审核同意后才能开始");
    if (s.kind !== "TALK_RECORD" && !s._count.codes) throw new UserFacingError("请先生成并打印投票码");
    const done = await tx.votingSession.updateMany({
      where: { id: s.id, version: input.version, closedAt: null },
      data: { opensAt: now, slipsDestroyedAt: now, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new StaleVersionError("VotingSession", s.id, input.version);
    const destroyed = await tx.votingSlipCode.deleteMany({ where: { sessionId: s.id } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.session.open",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { opensAt: { from: s.opensAt.toISOString(), to: now.toISOString() }, slipCodesDestroyed: destroyed.count },
    });
  });
}
