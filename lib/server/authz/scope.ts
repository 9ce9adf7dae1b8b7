import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { can, type Action, type Resource } from "@/lib/authz/permissions";

export function assertCan(actor: Actor, resource: Resource, action: Action): void {
  if (!can(actor.role, resource, action)) throw new ForbiddenError();
}

/**
 * The `where` every cadre query carries: the permission check, the unit scope of a unit
 * user, and recusal (a user never opens their own record or a recorded relative's).
 */
export function cadreScope(actor: Actor, action: Action = "read"): Prisma.CadreWhereInput {
  assertCan(actor, "cadre", action);
  const where: Prisma.CadreWhereInput = {};
  if (actor.role === "UNIT") where.unitId = actor.unitId ?? "__no_unit__";
  if (actor.recusedCadreIds.length) where.id = { notIn: actor.recusedCadreIds };
  return where;
}

export function nominationScope(actor: Actor, action: Action = "read"): Prisma.NominationWhereInput {
  assertCan(actor, "nomination", action);
  const where: Prisma.NominationWhereInput = {};
  if (actor.role === "UNIT") where.unitId = actor.unitId ?? "__no_unit__";
  if (actor.recusedCadreIds.length) where.cadreId = { notIn: actor.recusedCadreIds };
  return where;
}

export function unitScope(actor: Actor, action: Action = "read"): Prisma.UnitWhereInput {
  assertCan(actor, "unit", action);
  return actor.role === "UNIT" ? { id: actor.unitId ?? "__no_unit__" } : {};
}

export function poolScope(actor: Actor, action: Action = "read"): Prisma.PoolEntryWhereInput {
  assertCan(actor, "pool", action);
  return actor.role === "UNIT" || actor.recusedCadreIds.length ? { cadre: cadreScope(actor, "read") } : {};
}
