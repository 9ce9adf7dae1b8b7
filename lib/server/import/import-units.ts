import "server-only";
// The units an actor may import cadres into (a unit party committee: its own), for the
// template's pick list and the import page.
import type { Actor } from "@/lib/server/auth/actor";
import { assertCan, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export async function listImportUnits(actor: Actor): Promise<Array<{ id: string; name: string }>> {
  assertCan(actor, "cadre", "import");
  return prisma.unit.findMany({
    where: { AND: [unitScope(actor), { archivedAt: null }] },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
