import "server-only";
// The units an actor may pick in a filter or a form: the open units within their scope (a unit
// user: their own), in the district's order. One query for every select that offers units.
import type { UnitType } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export function scopedUnitsWhere(actor: Actor) {
  return { AND: [unitScope(actor), { archivedAt: null }] };
}

export function listScopedUnits(actor: Actor): Promise<Array<{ id: string; name: string; type: UnitType }>> {
  return prisma.unit.findMany({
    where: scopedUnitsWhere(actor),
    select: { id: true, name: true, type: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
