import "server-only";
// The 花名册 template for this actor: its pick list names the units the actor may import into.
import type { Actor } from "@/lib/server/auth/actor";
import { assertCan, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { rosterTemplate } from "@/lib/import/roster-template";

export async function rosterTemplateFor(actor: Actor): Promise<Buffer> {
  assertCan(actor, "cadre", "import");
  const units = await prisma.unit.findMany({
    where: { AND: [unitScope(actor), { archivedAt: null }] },
    select: { name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return rosterTemplate(units.map((u) => u.name));
}
