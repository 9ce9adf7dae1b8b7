import "server-only";
// Choices for the cadre forms: the units and posts the actor may assign (a unit user: their own).
import type { Actor } from "@/lib/server/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export async function getEditOptions(actor: Actor) {
  const where = { AND: [unitScope(actor), { archivedAt: null }] };
  const [units, posts] = await Promise.all([
    prisma.unit.findMany({ where, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    prisma.post.findMany({ where: { archivedAt: null, unit: where }, select: { id: true, unitId: true, title: true }, orderBy: [{ unitId: "asc" }, { sortOrder: "asc" }] }),
  ]);
  return { units, posts };
}
