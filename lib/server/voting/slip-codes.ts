import "server-only";
// The plain codes of a session's slips, between issuing and the opening of the vote: one row per
// code in "VotingSlipCode", AES-256-GCM under the field subkey of MIAOPU_ENCRYPTION_KEY
// (lib/crypto/field-cipher.ts), in random order and with no link to the VotingCode rows, so any
// app process can print the slips, and print them again (a printer jam), until voting opens.
// They are deleted — not personnel records, nothing to keep — when the session opens (the first
// of: "开始投票", a voter's code at or after opensAt, a staff page read after opensAt, a print
// attempt after opensAt), when it closes, or by 销毁; slipsDestroyedAt records when.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { VoterCategory } from "@/lib/domain/enums";
import { decryptField, encryptField } from "@/lib/crypto/field-cipher";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format/dates";
import { auditBy, writeAudit, writeAuditStandalone } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { votingScope } from "./scope";

export interface IssuedCode {
  category: VoterCategory;
  code: string;
}

type Tx = Prisma.TransactionClient;

/** Replaces the session's stored slip codes (inside the issuing transaction). */
export async function storeSlipCodes(tx: Tx, sessionId: string, codes: readonly IssuedCode[]): Promise<void> {
  await tx.votingSlipCode.deleteMany({ where: { sessionId } });
  await tx.votingSlipCode.createMany({
    data: codes.map((c) => ({ id: randomUUID(), sessionId, category: c.category, codeCipher: encryptField(c.code) })),
  });
}

/**
 * Deletes the slip codes of sessions that have opened (or closed) by `now` — one session, or all
 * — and records when, with an audit row per session (no actor: the clock did it).
 */
export async function destroyOpenedSlips(now: Date, sessionId?: string): Promise<number> {
  const only = sessionId ?? null;
  const gone = await prisma.$queryRaw<{ id: string }[]>`
    WITH gone AS (
      DELETE FROM "VotingSlipCode" c USING "VotingSession" s
      WHERE c."sessionId" = s."id" AND (s."opensAt" <= ${now} OR s."closedAt" IS NOT NULL)
        AND (${only}::text IS NULL OR s."id" = ${only})
      RETURNING c."sessionId")
    UPDATE "VotingSession" SET "slipsDestroyedAt" = ${now}
    WHERE "id" IN (SELECT DISTINCT "sessionId" FROM gone) RETURNING "id"`;
  for (const g of gone)
    await writeAuditStandalone({
      actor: null,
      ip: null,
      action: "voting.slips.destroy",
      objectType: "VotingSession",
      objectId: g.id,
      result: "SUCCESS",
      diff: { reason: "opened" },
    });
  return gone.length;
}

// Once per session and process from the voters' path: the first code used after opening
// destroys the slips without a statement on every later vote.
const swept = new Set<string>();
export async function destroySlipsOnFirstVote(sessionId: string, now: Date): Promise<void> {
  if (swept.has(sessionId)) return;
  await destroyOpenedSlips(now, sessionId);
  swept.add(sessionId);
}

export type SlipsRead =
  | { ok: true; codes: IssuedCode[]; session: { id: string; title: string; opensAt: Date; closesAt: Date } }
  | { ok: false; message: string };

/** Why slips can no longer be printed, in the words staff read. */
function goneMessage(s: { opensAt: Date; closedAt: Date | null; slipsDestroyedAt: Date | null }, now: Date) {
  const reissue = "如投票码条遗失，须新建投票。";
  if (s.closedAt) return `投票已结束，投票码明文已销毁，投票码条不能再打印。`;
  if (now >= s.opensAt)
    return `投票已于 ${formatDateTime(s.opensAt)} 开始，投票码明文已按规定销毁，投票码条不能再打印。${reissue}`;
  if (s.slipsDestroyedAt)
    return `投票码明文已于 ${formatDateTime(s.slipsDestroyedAt)} 销毁，投票码条不能再打印。如需补打，请重新生成投票码（原投票码全部作废）。`;
  return "尚未生成投票码。";
}

/** The plain codes for printing (any process, any staff member running the session), or why not. */
export async function readSlipCodes(actor: Actor, sessionId: string, now = new Date()): Promise<SlipsRead> {
  const s = await prisma.votingSession.findFirst({
    where: { AND: [{ id: sessionId }, votingScope(actor)] },
    select: { id: true, title: true, opensAt: true, closesAt: true, closedAt: true, slipsDestroyedAt: true },
  });
  if (!s) throw new NotFoundError("投票");
  if (s.closedAt || now >= s.opensAt) {
    await destroyOpenedSlips(now, s.id);
    return { ok: false, message: goneMessage(s, now) };
  }
  const rows = await prisma.votingSlipCode.findMany({
    where: { sessionId: s.id },
    orderBy: [{ category: "asc" }, { id: "asc" }],
    select: { category: true, codeCipher: true },
  });
  if (!rows.length) return { ok: false, message: goneMessage(s, now) };
  return { ok: true, codes: rows.map((r) => ({ category: r.category, code: decryptField(r.codeCipher) })), session: s };
}

/** Audits one print of the slips (page or PDF), with the count, never a code. */
export async function auditSlipsPrint(actor: Actor, sessionId: string, format: "PAGE" | "PDF", count: number) {
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "print.votingSlips",
    objectType: "VotingSession",
    objectId: sessionId,
    result: "SUCCESS",
    diff: { format, count },
  });
}

/** 销毁: staff destroy the stored plain codes before opening (the slips are printed and handed out). */
export async function destroySlipCodes(actor: Actor, input: { id: string; version: number }, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const s = await tx.votingSession.findFirst({ where: { AND: [{ id: input.id }, votingScope(actor)] } });
    if (!s) throw new NotFoundError("投票");
    const done = await tx.votingSession.updateMany({
      where: { id: s.id, version: input.version },
      data: { slipsDestroyedAt: now, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new StaleVersionError("VotingSession", s.id, input.version);
    const deleted = await tx.votingSlipCode.deleteMany({ where: { sessionId: s.id } });
    if (!deleted.count) throw new UserFacingError("没有可销毁的投票码明文（尚未生成，或已销毁）");
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.slips.destroy",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { reason: "manual", codes: deleted.count },
    });
  });
}
