import "server-only";
// Who may see and change the records of growing cadres (resource "development"): ORG roles
// manage, UNIT and LEADER read. Every record hangs off a cadre, so the unit scope and recusal
// come from cadreScope in the query's where: another unit's record is simply not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/authz/permissions";
import { assertCan, cadreScope } from "@/lib/server/authz/scope";

/** The where of the cadres whose development records the actor may see (or change). */
export function developmentCadreScope(actor: Actor, action: Action = "read"): Prisma.CadreWhereInput {
  assertCan(actor, "development", action);
  return cadreScope(actor, "read");
}
