import "server-only";
// Choices for filter and form selects, within the actor's scope.
import type { Actor } from "@/lib/server/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export async function listUnitOptions(actor: Actor) {
  return prisma.unit.findMany({
    where: { AND: [unitScope(actor), { archivedAt: null }] },
    select: { id: true, name: true, type: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
