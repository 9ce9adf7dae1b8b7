import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { UNIT_SCOPED_ROLES } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/server/authz/scope";
import { ForbiddenError } from "@/lib/errors/user-facing";

/**
 * The dashboard's scope, for its plain-SQL loaders (lib/server/db-read.ts), which cannot take
 * Prisma where-objects. The dashboard is for roles without a unit scope (organization staff,
 * leaders), so cadreScope/poolScope/nominationScope reduce to recusal: the actor's own record
 * and recorded relatives are left out. A unit-scoped role is refused outright, so this can
 * never widen anyone's view if the permission table changes.
 */
export function dashboardExclusions(actor: Actor): string[] {
  assertCan(actor, "dashboard", "read");
  assertCan(actor, "pool", "read");
  assertCan(actor, "nomination", "read");
  if (UNIT_SCOPED_ROLES.includes(actor.role)) throw new ForbiddenError();
  return actor.recusedCadreIds;
}

/** The reader's scope as a cache key: readers with the same recusals share computed dashboards. */
export function dashboardScopeKey(actor: Actor): string {
  return [...dashboardExclusions(actor)].sort().join(",");
}
