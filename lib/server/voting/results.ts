import "server-only";
// A closed session's tally: its categories (weights as set up), names and ballots counted by
// lib/voting/tally.ts. Ballots are read only after closing, so nobody watches them arrive.
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors/user-facing";
import { prisma } from "@/lib/server/db";
import { isTalkRecord, type Marks } from "@/lib/voting/choices";
import { tallyBallots, type Tally } from "@/lib/voting/tally";
import type { VotingSessionDetail } from "./sessions";
import { turnoutOf } from "./sessions";

type Db = Prisma.TransactionClient | typeof prisma;

export async function tallyOf(
  s: Pick<VotingSessionDetail, "id" | "kind" | "closedAt" | "categories" | "candidates">,
  db: Db = prisma,
): Promise<Tally> {
  if (!s.closedAt) throw new UserFacingError("投票结束后才能查看结果");
  // a 个别谈话 record's talks count as its ballots; a voided record counts nowhere
  const [ballots, turnout] = await Promise.all([
    isTalkRecord(s.kind)
      ? db.votingTalkRecord.findMany({
          where: { sessionId: s.id, voidedAt: null },
          select: { category: true, valid: true, marks: true },
        })
      : db.ballot.findMany({ where: { sessionId: s.id }, select: { category: true, valid: true, marks: true } }),
    turnoutOf(s),
  ]);
  return tallyBallots(
    s.kind,
    s.categories.map((c) => ({ category: c.category, weight: c.weight, issued: turnout.get(c.category)?.issued ?? 0 })),
    s.candidates.map((c) => ({ id: c.id, label: c.label })),
    ballots.map((b) => ({ category: b.category, valid: b.valid, marks: b.marks as Marks })),
  );
}
