import "server-only";
// The two counters of a sign-in that concurrent requests must not race: failed attempts
// (lockout) and the last TOTP time step used (replay). Each is one UPDATE … RETURNING, so
// PostgreSQL's row lock orders simultaneous requests: 40 wrong passwords at once count 40,
// and of six sign-ins presenting one code at once exactly one records its step.
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/session-policy";
import { prisma } from "@/lib/server/db";

/**
 * Counts one failed attempt (wrong password or wrong second factor). At the fifth the account
 * locks for 15 minutes and the count starts again. Returns whether this failure locked it.
 */
export async function recordFailedAttempt(userId: string, now: Date): Promise<{ locked: boolean }> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  const rows = await prisma.$queryRaw<{ lockedUntil: Date | null }[]>`
    UPDATE "User" SET
      "failedAttempts" = CASE WHEN "failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN 0 ELSE "failedAttempts" + 1 END,
      "lockedUntil" = CASE WHEN "failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN ${lockUntil} ELSE "lockedUntil" END
    WHERE "id" = ${userId}
    RETURNING "lockedUntil"`;
  return { locked: rows[0]?.lockedUntil?.getTime() === lockUntil.getTime() };
}

/** True while the account is locked; read fresh, so a lock set by a parallel request counts. */
export async function isLocked(userId: string, now: Date): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ locked: boolean }[]>`
    SELECT COALESCE("lockedUntil" > ${now}, false) AS locked FROM "User" WHERE "id" = ${userId}`;
  return rows[0]?.locked ?? false;
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
