import "server-only";
// Issuing a session's one-time codes: as many as voters per category, drawn from the OS's CSPRNG,
// stored as keyed hashes only; the plain codes are kept encrypted for the slips until voting
// opens (slip-codes.ts). Issuing is refused once the session has opened (the slips could not be
// printed any more); issuing again before that (lost slips) replaces every code.
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { votingCodeHash } from "@/lib/server/auth/keyed-hash";
import { prisma } from "@/lib/server/db";
import { CODE_ALPHABET, CODE_LENGTH } from "@/lib/voting/code-format";
import { votingScope } from "./scope";
import { storeSlipCodes, type IssuedCode } from "./slip-codes";

export type { IssuedCode };

export function randomCode(): string {
  let s = "";
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

export async function issueCodes(actor: Actor, sessionId: string, now = new Date()): Promise<IssuedCode[]> {
  return prisma.$transaction(async (tx) => {
    // the row lock orders two staff issuing at once; the second sees the first's codes replaced
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "VotingSession" WHERE "id" = ${sessionId} FOR UPDATE`;
    const s = locked.length
      ? await tx.votingSession.findFirst({
          where: { AND: [{ id: sessionId }, votingScope(actor)] },
          include: { categories: true, _count: { select: { ballots: true } } },
        })
      : null;
    if (!s) throw new NotFoundError("投票");
    if (s.closedAt) throw new UserFacingError("投票已结束，不能再生成投票码");
    if (!s.approvedAt) throw new UserFacingError("该投票由单位申请，须经组织部审核同意后才能生成投票码");
    if (s.kind === "TALK_RECORD") throw new UserFacingError("个别谈话推荐逐人录入谈话记录，不使用投票码");
    if (s._count.ballots > 0) throw new UserFacingError("已有人投票，不能重新生成投票码");
    if (now >= s.opensAt)
      throw new UserFacingError(
        "投票已开始，不能再生成投票码：投票码条须在开始时间之前生成和打印，如需重新投票请新建投票",
      );
    const replaced = await tx.votingCode.deleteMany({ where: { sessionId } });
    const codes: IssuedCode[] = s.categories.flatMap((c) =>
      Array.from({ length: c.voters }, () => ({ category: c.category, code: randomCode() })),
    );
    await tx.votingCode.createMany({
      data: codes.map((c) => ({ sessionId, category: c.category, codeHash: votingCodeHash(c.code) })),
    });
    await storeSlipCodes(tx, sessionId, codes);
    if (s.slipsDestroyedAt)
      await tx.votingSession.update({ where: { id: sessionId }, data: { slipsDestroyedAt: null } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.codes.issue",
      objectType: "VotingSession",
      objectId: sessionId,
      result: "SUCCESS",
      // counts only: the codes themselves never reach the log
      diff: { issued: codes.length, replaced: replaced.count },
    });
    return codes;
  });
}
