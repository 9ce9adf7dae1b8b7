import "server-only";
// The public side: a voter's code opens the ballot of its session and category, and casting
// stores the ballot and marks the code used in one transaction. The ballot row carries no code
// id, no time and no sequence (random UUID key), and the audit row of a cast names only the
// session: nothing stored links a choice to a code (docs/nominations.md "Online voting").
import { randomUUID } from "node:crypto";
import { formatDateTime } from "@/lib/format/dates";
import { voterCategoryLabel } from "@/lib/labels";
import { writeAudit, writeAuditStandalone } from "@/lib/server/audit";
import { votingCodeHash } from "@/lib/server/auth/keyed-hash";
import { prisma } from "@/lib/server/db";
import type { CastInput } from "@/lib/validation/voting";
import type { BallotView } from "@/lib/voting/ballot-view";
import { checkBallot } from "@/lib/voting/choices";
import { normalizeCode } from "@/lib/voting/code-format";
import { destroySlipsOnFirstVote } from "./slip-codes";
import { codeGuessesExceeded, recordCodeFailure } from "./vote-throttle";

export type { BallotView };

export type VoteResult<T> = { ok: true; value: T } | { ok: false; message: string };

interface Context {
  now: Date;
  ip: string | null;
}

const UNKNOWN = "投票码不正确，请核对投票码条上的字符后重新输入";
const THROTTLED = "输入错误次数过多，请 5 分钟后再试";

type Refusal = "unknown" | "used" | "early" | "closed" | "category" | "throttled";

async function refuse(reason: Refusal, message: string, ctx: Context, sessionId: string | null) {
  // a refusal counts as a guess; the audit row keeps the address, never the code typed
  if (reason !== "throttled") await recordCodeFailure(ctx.ip, ctx.now);
  await writeAuditStandalone({
    actor: null,
    ip: ctx.ip,
    action: "voting.code.refused",
    objectType: sessionId ? "VotingSession" : null,
    objectId: sessionId,
    result: "FAILURE",
    diff: { reason },
  });
  return { ok: false as const, message };
}

async function findCode(raw: string) {
  const code = normalizeCode(raw);
  if (!code) return null;
  return prisma.votingCode.findUnique({
    where: { codeHash: votingCodeHash(code) },
    select: {
      id: true,
      used: true,
      category: true,
      session: {
        select: {
          id: true,
          title: true,
          kind: true,
          postTitle: true,
          maxChoices: true,
          opensAt: true,
          closesAt: true,
          closedAt: true,
          candidates: { orderBy: { sortOrder: "asc" }, select: { id: true, label: true } },
        },
      },
    },
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof findCode>>>;

function windowRefusal(s: Found["session"], now: Date): [Refusal, string] | null {
  if (now < s.opensAt) return ["early", `投票尚未开始，开始时间：${formatDateTime(s.opensAt)}`];
  if (s.closedAt || now >= s.closesAt) return ["closed", "投票已结束，该投票码不能再使用"];
  return null;
}

async function usable(raw: string, ctx: Context): Promise<VoteResult<Found>> {
  if (await codeGuessesExceeded(ctx.ip, ctx.now)) return refuse("throttled", THROTTLED, ctx, null);
  const found = await findCode(raw);
  if (!found) return refuse("unknown", UNKNOWN, ctx, null);
  if (found.used) return refuse("used", "该投票码已经投过票，每个投票码只能使用一次", ctx, found.session.id);
  const closed = windowRefusal(found.session, ctx.now);
  if (closed) return refuse(closed[0], closed[1], ctx, found.session.id);
  // voting has opened: the slips' plain codes go (once per session and process)
  await destroySlipsOnFirstVote(found.session.id, ctx.now);
  return { ok: true, value: found };
}

/** The ballot a code opens (nothing is written but a refusal's audit row). */
export async function openBallot(raw: string, ctx: Context): Promise<VoteResult<BallotView>> {
  const r = await usable(raw, ctx);
  if (!r.ok) return r;
  const { session: s, category } = r.value;
  return {
    ok: true,
    value: {
      title: s.title,
      kind: s.kind,
      postTitle: s.postTitle,
      maxChoices: s.maxChoices,
      category,
      categoryLabel: voterCategoryLabel[category],
      closesAt: formatDateTime(s.closesAt),
      candidates: s.candidates,
    },
  };
}

export async function castBallot(input: CastInput, ctx: Context): Promise<VoteResult<null>> {
  const r = await usable(input.code, ctx);
  if (!r.ok) return r;
  const { session: s, category } = r.value;
  if (category !== input.category)
    return refuse("category", `该投票码属于“${voterCategoryLabel[category]}”的选票，不能用于此选票`, ctx, s.id);
  const check = checkBallot(
    s.kind,
    s.maxChoices,
    s.candidates.map((c) => c.id),
    input.marks,
  );
  if (!check.ok) return { ok: false, message: check.message };
  const cast = await prisma.$transaction(async (tx) => {
    // FOR SHARE: casts do not wait for each other, but closing (an UPDATE of this row) waits for
    // every cast in flight, and a cast after it sees the session closed
    const open = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "VotingSession" WHERE "id" = ${s.id} AND "closedAt" IS NULL
        AND "opensAt" <= ${ctx.now} AND "closesAt" > ${ctx.now} FOR SHARE`;
    if (!open.length) return "closed" as const;
    // the same statement checks and marks: of two casts with one code exactly one updates a row
    const marked = await tx.$executeRaw`
      UPDATE "VotingCode" SET "used" = true WHERE "id" = ${r.value.id} AND "used" = false`;
    if (marked !== 1) return "used" as const;
    await tx.ballot.create({
      data: { id: randomUUID(), sessionId: s.id, category, valid: check.valid, marks: input.marks },
    });
    // no address, no code, no ballot id, no choice: only that the session received a ballot
    await writeAudit(tx, {
      actor: null,
      ip: null,
      action: "voting.ballot.cast",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
    });
    return "cast" as const;
  });
  if (cast === "closed") return refuse("closed", "投票已结束，该投票码不能再使用", ctx, s.id);
  if (cast === "used") return refuse("used", "该投票码已经投过票，每个投票码只能使用一次", ctx, s.id);
  return { ok: true, value: null };
}
