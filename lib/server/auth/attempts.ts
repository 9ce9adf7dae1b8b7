import "server-only";
// The counters of a sign-in that concurrent requests must not race: failed attempts (lockout),
// the last TOTP time step used and the unused recovery codes (replay). Each is one UPDATE, so
// PostgreSQL's row lock orders simultaneous requests, and a request that waited re-checks the
// WHERE clause against the row the winner left: of 40 wrong passwords at once the fifth locks
// the account and the other 35 find it locked and count nothing; of six sign-ins presenting one
// code at once exactly one records its step.
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/session-policy";
import { prisma } from "@/lib/server/db";

export interface FailedAttempt {
  /** false when the account was already locked: a failure during a lock does not count again */
  counted: boolean;
  /** true for the one failure that locked the account */
  locked: boolean;
}

/**
 * Counts one failed attempt (wrong password, TOTP code or recovery code) unless the account is
 * locked. At the fifth the account locks for 15 minutes and the count starts again.
 */
export async function recordFailedAttempt(userId: string, now: Date): Promise<FailedAttempt> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  // Only an unlocked row is counted, so after the WHERE passed, a lock in the new row was set
  // by this statement.
  const rows = await prisma.$queryRaw<{ locked: boolean }[]>`
    UPDATE "User" SET
      "failedAttempts" = CASE WHEN "failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN 0 ELSE "failedAttempts" + 1 END,
      "lockedUntil" = CASE WHEN "failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN ${lockUntil}::timestamp(3) ELSE NULL END
    WHERE "id" = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    RETURNING ("lockedUntil" IS NOT NULL) AS locked`;
  if (!rows.length) return { counted: false, locked: false };
  return { counted: true, locked: rows[0].locked };
}

/** True while the account is locked; read fresh, so a lock set by a parallel request counts. */
export async function isLocked(userId: string, now: Date): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ locked: boolean }[]>`
    SELECT COALESCE("lockedUntil" > ${now}, false) AS locked FROM "User" WHERE "id" = ${userId}`;
  return rows[0]?.locked ?? false;
}

/**
 * Records a successful sign-in in the caller's transaction, unless a parallel request locked the
 * account meanwhile (then false: the sign-in is refused). The row stays locked until commit.
 */
export async function recordSuccess(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<boolean> {
  const n = await tx.$executeRaw`
    UPDATE "User" SET "failedAttempts" = 0, "lockedUntil" = NULL, "lastSignInAt" = ${now}
    WHERE "id" = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  return n === 1;
}

/**
 * Records that the code of time step `step` was used, if no code of this or a later step was.
 * False when another request got there first: the code is then a replay and must be refused.
 */
export async function consumeTotpStep(userId: string, step: number): Promise<boolean> {
  const n = await prisma.$executeRaw`
    UPDATE "User" SET "totpLastStep" = ${step}
    WHERE "id" = ${userId} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
  return n === 1;
}

/** Removes one unused recovery code (by its keyed hash); false when it is not (or no longer) there. */
export async function consumeRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
  const n = await prisma.$executeRaw`
    UPDATE "User" SET "recoveryCodeHashes" = array_remove("recoveryCodeHashes", ${codeHash})
    WHERE "id" = ${userId} AND ${codeHash} = ANY("recoveryCodeHashes")`;
  return n === 1;
}
