import "server-only";
import type { AuditActor } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/auth/actor";

export function auditActor(actor: Actor): AuditActor {
  return { id: actor.userId, username: actor.username, role: actor.role };
}
