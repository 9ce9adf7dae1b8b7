import "server-only";
import { passwordExpired } from "@/lib/auth/password-policy";
import { prisma } from "@/lib/server/db";
import type { Actor } from "@/lib/auth/actor";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "@/lib/auth/session-policy";
import { getSecuritySettings } from "@/lib/server/settings/security-settings";
import { isEnrolled } from "./second-factor-check";
import { requiresSecondFactor } from "./totp-policy";

/**
 * The cadres a user is recused from: the one linked to the account, those whose 身份证号 the
 * administrator registered for the user and their relatives (回避登记, as lookup hashes), and
 * the relatives recorded between those cadres' family members.
 */
async function recusedCadreIds(cadreId: string | null, idNumberHashes: readonly string[]): Promise<string[]> {
  const ids = new Set<string>(cadreId ? [cadreId] : []);
  if (idNumberHashes.length) {
    const matched = await prisma.cadre.findMany({
      where: { idNumberHash: { in: [...idNumberHashes] } },
      select: { id: true },
    });
    for (const c of matched) ids.add(c.id);
  }
  if (!ids.size) return [];
  const own = [...ids];
  const relatives = await prisma.familyMember.findMany({
    where: {
      archivedAt: null,
      OR: [{ cadreId: { in: own }, relativeCadreId: { not: null } }, { relativeCadreId: { in: own } }],
    },
    select: { cadreId: true, relativeCadreId: true },
  });
  for (const r of relatives) {
    ids.add(r.cadreId);
    if (r.relativeCadreId) ids.add(r.relativeCadreId);
  }
  return [...ids];
}

/**
 * Turns a session id from the signed cookie into the acting user, or null when the session
 * was signed out, idled 30 minutes, passed 12 hours, or its user was disabled, expired, had the
 * role changed or was otherwise revoked (sessionEpoch bumped). Checked on every request.
 */
export async function resolveSession(
  sessionId: string,
  now: Date,
  ip: string | null = null,
  request: { userAgent?: string | null; requestId?: string | null } = {},
): Promise<Actor | null> {
  const s = await prisma.authSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!s || s.revokedAt) return null;
  const u = s.user;
  const expired =
    now.getTime() - s.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS ||
    now.getTime() - s.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  const accountEnded = u.disabledAt !== null || (u.expiresAt !== null && u.expiresAt <= now);
  if (expired || accountEnded || u.role === null || u.sessionEpoch !== s.epoch || u.role !== s.role) {
    await revokeSession(sessionId, now);
    return null;
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  // One round trip for both: the settings row and the recusal lookups do not depend on each other.
  const [settings, recused] = await Promise.all([
    getSecuritySettings(),
    recusedCadreIds(u.cadreId, u.recusalIdNumberHashes),
  ]);
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.role === "UNIT" ? u.unitId : null,
    recusedCadreIds: recused,
    sessionId,
    mustChangePassword:
      !u.isDemo && (u.mustChangePassword || passwordExpired(u.passwordChangedAt, now, settings.passwordMaxAgeDays)),
    // Signed in with the password only because no second factor is enrolled yet: the holder
    // enrols it (/account/second-factor) before anything else.
    mustEnrollTotp: requiresSecondFactor(u.role, settings) && !isEnrolled(u),
    clearance: u.clearance,
    stepUpAt: s.stepUpAt,
    ip,
    userAgent: request.userAgent?.slice(0, 300) ?? null,
    requestId: request.requestId ?? null,
  };
}

export async function revokeSession(sessionId: string, now: Date): Promise<void> {
  await prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
