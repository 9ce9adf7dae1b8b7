import "server-only";
// Appends one AuditLog row inside the caller's transaction: if the audit write fails, the
// change it describes rolls back with it, and if the change rolls back, so does its row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_CHAIN_VERSION, GENESIS_HASH, auditRowHashV2, type AuditHashInput } from "@/lib/audit/chain-hash";
import { auditChainKey } from "@/lib/server/crypto/keys";
import { prisma } from "@/lib/server/db";
import { auditEntrySchema, type AuditEntry } from "./entry";
import { sanitizeAuditJson } from "./sanitize";

// Arbitrary but fixed key of the transaction-scoped advisory lock that serializes appenders.
// ("miaopu" in ASCII, so it is recognizable in pg_locks.)
export const AUDIT_APPEND_LOCK = BigInt(0x6d69616f7075);

export interface WrittenAudit {
  id: bigint;
  hash: string;
}

/**
 * Writes one audit row in `tx` (a `prisma.$transaction(async (tx) => …)` client).
 *
 * The advisory lock is held until the transaction ends, so concurrent appenders queue and
 * each reads the true last row: ids stay gap-free (id = last + 1) and prevHash always names
 * the previous row. Call it as the LAST statement of a transaction, to hold the lock briefly.
 * Under REPEATABLE READ/SERIALIZABLE the last row may be read from an older snapshot; the
 * explicit id then collides and the transaction fails instead of forking the chain.
 */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<WrittenAudit> {
  if (typeof (tx as { $transaction?: unknown }).$transaction === "function") {
    // Outside a transaction the lock would be released at once and the row would not roll
    // back with the change; refuse rather than quietly weaken both guarantees.
    throw new Error("writeAudit must be called with the client of prisma.$transaction(async (tx) => …)");
  }
  const e = auditEntrySchema.parse(entry);
  const diff = sanitizeAuditJson(e.diff);
  // Read before the lock: a missing key fails the write (and the change) without queueing.
  const key = auditChainKey();

  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_APPEND_LOCK})`;
  const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true, hash: true } });

  const row: AuditHashInput = {
    id: (last?.id ?? BigInt(0)) + BigInt(1),
    // Millisecond precision, as stored (timestamp(3)), so the hash verifies after a round trip.
    occurredAt: new Date(),
    userId: e.actor?.id ?? null,
    username: e.actor?.username ?? null,
    role: e.actor?.role ?? null,
    ip: e.ip,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    result: e.result,
    diff,
    referenceId: e.referenceId,
    unitId: e.unitId,
    sessionHash: e.sessionHash,
    requestId: e.requestId,
    userAgent: e.userAgent,
    chainVersion: CURRENT_CHAIN_VERSION,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = auditRowHashV2(row, key);
  await tx.auditLog.create({
    data: {
      ...row,
      role: e.actor?.role ?? null,
      result: e.result,
      diff: diff === null ? undefined : (diff as Prisma.InputJsonValue),
      hash,
    },
  });
  return { id: row.id, hash };
}

/** For events with no other write in a transaction: sign-in, sign-out, failed sign-in. */
export function writeAuditStandalone(entry: AuditEntry): Promise<WrittenAudit> {
  return prisma.$transaction((tx) => writeAudit(tx, entry));
}
