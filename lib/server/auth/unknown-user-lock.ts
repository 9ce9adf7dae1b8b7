import "server-only";
// The lockout for usernames that have no usable account (unknown, disabled or expired). A real
// account locks after 5 failures for 15 minutes and then answers with the lock message; if an
// unknown name went on answering "用户名或密码错误", the difference would tell an attacker which
// names exist. So these names "lock" the same way, with the same statement shape as the account's
// (attempts.ts), in "UnknownUserLock": shared by every app process (behind two processes a
// per-process count locked an unknown name only after about twice the failures), keyed by a
// keyed hash of the normalized name (no typed name is stored readable). A row untouched for a day
// is pruned by the next failure, so typing names cannot fill the table; an account's count
// never expires, so a guesser waiting a day between failures could tell the two apart — at one
// probe per name per day, under the per-address and per-name throttles.
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/session-policy";
import { throttleKeyHash } from "@/lib/server/auth/keyed-hash";
import { prisma } from "@/lib/server/db";
import { accountKey } from "./throttle";

const KEPT_MS = 24 * 3600_000;
const keyOf = (username: string) => throttleKeyHash("unknown-user", accountKey(username));

export async function isUnknownUserLocked(username: string, now: Date): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ locked: boolean }[]>`
    SELECT COALESCE("lockedUntil" > ${now}, false) AS locked FROM "UnknownUserLock" WHERE "keyHash" = ${keyOf(username)}`;
  return rows[0]?.locked ?? false;
}

/** Counts a failure as recordFailedAttempt does for an account; locked: the one that locks. */
export async function recordUnknownUserFailure(username: string, now: Date): Promise<{ locked: boolean }> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  const first = 1 >= MAX_FAILED_ATTEMPTS;
  // during a lock nothing is counted (the WHERE of the update), as for an account
  const rows = await prisma.$queryRaw<{ locked: boolean }[]>`
    WITH pruned AS (
      DELETE FROM "UnknownUserLock"
      WHERE "updatedAt" < ${new Date(now.getTime() - KEPT_MS)} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    )
    INSERT INTO "UnknownUserLock" AS t ("keyHash", "failedAttempts", "lockedUntil", "updatedAt")
    VALUES (${keyOf(username)}, ${first ? 0 : 1}, ${first ? lockUntil : null}::timestamp(3), ${now})
    ON CONFLICT ("keyHash") DO UPDATE SET
      "failedAttempts" = CASE WHEN t."failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN 0 ELSE t."failedAttempts" + 1 END,
      "lockedUntil" = CASE WHEN t."failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN ${lockUntil}::timestamp(3) ELSE NULL END,
      "updatedAt" = ${now}
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}
    RETURNING ("lockedUntil" IS NOT NULL) AS locked`;
  return { locked: rows[0]?.locked ?? false };
}

/** Tests: forget every unknown-name lock. */
export async function resetUnknownUserLocks(): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "UnknownUserLock"`;
}
