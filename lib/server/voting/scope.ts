import "server-only";
// The `where` of every staff read and write of voting sessions: the organization department's
// nomination permission, a unit user's own unit, and recusal (a session with a recused cadre
// on its ballot is not found).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/server/authz/scope";

export function votingScope(actor: Actor, action: Action = "transition"): Prisma.VotingSessionWhereInput {
  assertCan(actor, "nomination", action);
  const where: Prisma.VotingSessionWhereInput = {};
  if (actor.role === "UNIT") where.unitId = actor.unitId ?? "__no_unit__";
  if (actor.recusedCadreIds.length) where.candidates = { none: { cadreId: { in: actor.recusedCadreIds } } };
  return where;
}
