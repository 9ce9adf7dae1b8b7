import "server-only";
// Choices for the cadre forms: the units and posts the actor may assign (a unit user: their own).
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { listScopedUnits, scopedUnitsWhere } from "@/lib/server/units/unit-options";

export async function getEditOptions(actor: Actor) {
  const [units, posts] = await Promise.all([
    listScopedUnits(actor),
    prisma.post.findMany({
      where: { archivedAt: null, unit: scopedUnitsWhere(actor) },
      select: { id: true, unitId: true, title: true },
      orderBy: [{ unitId: "asc" }, { sortOrder: "asc" }],
    }),
  ]);
  return { units, posts };
}
