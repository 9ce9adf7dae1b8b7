import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { cadreNameWhere } from "@/lib/server/cadres/name-search";

const SHOWN = 20;

const CANDIDATE = {
  id: true,
  name: true,
  gender: true,
  birthDate: true,
  rank: true,
  currentPostTitle: true,
  unit: { select: { name: true } },
} as const;

/**
 * Serving cadres the actor may see whose name, full pinyin or pinyin initials match `q`
 * (张三 / zhangsan / zs), for choosing whom to appoint.
 */
export async function searchCadresToAppoint(actor: Actor, q: string) {
  const text = q.trim();
  if (!text) return [];
  return prisma.cadre.findMany({
    where: {
      AND: [cadreScope(actor, "read"), { status: "SERVING", archivedAt: null }, cadreNameWhere(text)],
    },
    orderBy: [{ name: "asc" }, { birthDate: "asc" }],
    take: SHOWN,
    select: CANDIDATE,
  });
}

export async function getCadreToAppoint(actor: Actor, id: string) {
  return prisma.cadre.findFirst({
    where: { AND: [{ id }, cadreScope(actor, "read"), { status: "SERVING", archivedAt: null }] },
    select: CANDIDATE,
  });
}
