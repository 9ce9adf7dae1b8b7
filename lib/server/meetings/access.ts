import "server-only";
// Meetings are the organization department's: building one, recording it and reading it all need
// the right to move nominations (nomination.transition), and every nomination on a meeting's
// list is read through nominationScope (recusal applies: a recused cadre's item is not found).
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";

export function assertMeetingAccess(actor: Actor): void {
  assertCan(actor, "nomination", "transition");
}
