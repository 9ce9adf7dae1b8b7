import { createHmac } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { subkey } from "@/lib/crypto/encryption-key";
import type { AuditActor } from "@/lib/server/audit/entry";

/** Hex characters of AuditLog.sessionHash: enough to tell a user's sessions apart. */
export const SESSION_HASH_CHARS = 16;

/**
 * A keyed hash of a session id: the auditor can group one session's rows, but the stored value
 * cannot be replayed as a session cookie (the id is a bearer credential) nor guessed without
 * the server key.
 */
export function auditSessionHash(sessionId: string, key: Buffer = subkey("auditSession")): string {
  return createHmac("sha256", key).update(sessionId, "utf8").digest("hex").slice(0, SESSION_HASH_CHARS);
}

/** The context columns of an audit row; writeAudit truncates them (userAgent to 300). */
export interface AuditContext {
  ip: string | null;
  unitId: string | null;
  sessionHash: string | null;
  requestId: string | null;
  userAgent: string | null;
}

/**
 * Who did it, as an audit entry records them: `writeAudit(tx, { ...auditBy(actor), action, … })`.
 * Entries without an actor (CLI, failed sign-in) set `actor: null` and may still pass `ip` and
 * `userAgent` themselves.
 */
export function auditBy(actor: Actor): { actor: AuditActor } & AuditContext {
  return {
    actor: { id: actor.userId, username: actor.username, role: actor.role },
    ip: actor.ip,
    unitId: actor.unitId,
    sessionHash: actor.sessionId ? auditSessionHash(actor.sessionId) : null,
    requestId: actor.requestId,
    userAgent: actor.userAgent,
  };
}
