import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";

const SUMMARY = {
  id: true,
  name: true,
  gender: true,
  birthDate: true,
  ethnicity: true,
  politicalStatus: true,
  rank: true,
  status: true,
  currentPostTitle: true,
  version: true,
  unit: { select: { id: true, name: true } },
} as const;

/** One cadre the actor may see; another unit's (or a recused) id is simply not found. */
export async function getCadre(actor: Actor, id: string) {
  const cadre = await prisma.cadre.findFirst({ where: { AND: [{ id }, cadreScope(actor)] }, select: SUMMARY });
  if (!cadre) throw new NotFoundError("干部");
  return cadre;
}

/** Ids of every cadre the actor may see (for invariant checks and small exports). */
export async function listCadreIds(actor: Actor): Promise<string[]> {
  const rows = await prisma.cadre.findMany({ where: cadreScope(actor), select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}
