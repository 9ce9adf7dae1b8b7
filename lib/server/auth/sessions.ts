import "server-only";
import { passwordExpired } from "@/lib/auth/password-policy";
import { prisma } from "@/lib/server/db";
import type { Actor } from "./actor";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./session-policy";

async function recusedCadreIds(cadreId: string | null): Promise<string[]> {
  if (!cadreId) return [];
  const relatives = await prisma.familyMember.findMany({
    where: { OR: [{ cadreId, relativeCadreId: { not: null } }, { relativeCadreId: cadreId }] },
    select: { cadreId: true, relativeCadreId: true },
  });
  const ids = new Set([cadreId]);
  for (const r of relatives) {
    ids.add(r.cadreId);
    if (r.relativeCadreId) ids.add(r.relativeCadreId);
  }
  return [...ids];
}

/**
 * Turns a session id from the signed cookie into the acting user, or null when the session
 * was signed out, idled 30 minutes, passed 12 hours, or its user was disabled, had the role
 * changed or was otherwise revoked (sessionEpoch bumped). Checked on every request.
 */
export async function resolveSession(sessionId: string, now: Date, ip: string | null = null): Promise<Actor | null> {
  const s = await prisma.authSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!s || s.revokedAt) return null;
  const u = s.user;
  const expired =
    now.getTime() - s.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS ||
    now.getTime() - s.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (expired || u.disabledAt || u.sessionEpoch !== s.epoch || u.role !== s.role) {
    await revokeSession(sessionId, now);
    return null;
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.role === "UNIT" ? u.unitId : null,
    recusedCadreIds: await recusedCadreIds(u.cadreId),
    sessionId,
    mustChangePassword: !u.isDemo && (u.mustChangePassword || passwordExpired(u.passwordChangedAt, now)),
    ip,
  };
}

export async function revokeSession(sessionId: string, now: Date): Promise<void> {
  await prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
