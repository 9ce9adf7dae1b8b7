import "server-only";
import type { AuditActor } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/auth/actor";
import { UserFacingError } from "@/lib/server/errors";

/** A problem with one input field: the action shows it beside that field. */
export class UnitFieldError extends UserFacingError {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

export function auditActor(actor: Actor): AuditActor {
  return { id: actor.userId, username: actor.username, role: actor.role };
}
