import type { Actor } from "@/lib/auth/actor";
import type { AuditActor } from "@/lib/server/audit/entry";

/** Who did it, as an audit entry records them: `writeAudit(tx, { ...auditBy(actor), action, … })`. */
export function auditBy(actor: Actor): { actor: AuditActor; ip: string | null } {
  return { actor: { id: actor.userId, username: actor.username, role: actor.role }, ip: actor.ip };
}
