import "server-only";
// The work list's scope for its plain-SQL statements (lib/server/db-read.ts cannot take Prisma
// where-objects): the same reading as cadreScope/poolScope — a unit user sees their unit's
// cadres only, everyone leaves out their recusals — written into each statement's where as
// `${SCOPE_SQL}` with the two values first ($1 unit id or null, $2 excluded cadre ids).
import type { Actor } from "@/lib/auth/actor";
import { UNIT_SCOPED_ROLES } from "@/lib/authz/permissions";
import { assertCan } from "@/lib/server/authz/scope";

export interface WorkScope {
  /** null: the whole district */
  unitId: string | null;
  exclude: string[];
}

export function workScope(actor: Actor): WorkScope {
  assertCan(actor, "cadre", "read");
  assertCan(actor, "pool", "read");
  const unitScoped = UNIT_SCOPED_ROLES.includes(actor.role);
  return { unitId: unitScoped ? (actor.unitId ?? "__no_unit__") : null, exclude: actor.recusedCadreIds };
}

/** The statement's values for SCOPE_SQL ($1, $2); further values start at $3. */
export const scopeValues = (s: WorkScope): unknown[] => [s.unitId, s.exclude];

/** Cadre `c` is in scope and serving. */
export const SCOPE_SQL = `c."archivedAt" is null and c.status = 'SERVING' and ($1::text is null or c."unitId" = $1) and not (c.id = any($2::text[]))`;
