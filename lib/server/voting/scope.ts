import "server-only";
// The `where` of every staff read and write of voting sessions: the organization department
// runs sessions (nomination permission `transition`); a unit party committee requests sessions
// for its own nominations (`create`) and reads its own unit's; recusal hides a session with a
// recused cadre on its ballot. Leaders and the 三员 have no voting pages.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/server/authz/scope";

/** "run": the department's staff; "request": a unit's; null: no access to voting. */
export type VotingAccess = "run" | "request";

export function votingAccess(actor: Actor): VotingAccess | null {
  if (can(actor.role, "nomination", "transition")) return "run";
  if (can(actor.role, "nomination", "create")) return "request";
  return null;
}

/** For running a session (codes, closing, results, approval): the department only. */
export function votingScope(actor: Actor): Prisma.VotingSessionWhereInput {
  assertCan(actor, "nomination", "transition");
  return readableScope(actor);
}

/** For reading sessions and requesting one: the department, or a unit for its own unit. */
export function votingReadScope(actor: Actor): Prisma.VotingSessionWhereInput {
  if (!votingAccess(actor)) assertCan(actor, "nomination", "transition");
  return readableScope(actor);
}

function readableScope(actor: Actor): Prisma.VotingSessionWhereInput {
  const where: Prisma.VotingSessionWhereInput = {};
  if (actor.role === "UNIT") where.unitId = actor.unitId ?? "__no_unit__";
  if (actor.recusedCadreIds.length) where.candidates = { none: { cadreId: { in: actor.recusedCadreIds } } };
  return where;
}
