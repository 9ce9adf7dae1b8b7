import "server-only";
// What the move form picks from: cadres by name (the roster's name search, through the cadre
// scope) and leadership posts by unit name or title, each with who holds it on the plan's date
// (a post nobody holds is a vacancy). Only for organization-department staff (planScope).
import type { Actor } from "@/lib/auth/actor";
import { formatYearMonth } from "@/lib/format/dates";
import { prisma } from "@/lib/server/db";
import { searchCadresToAppoint } from "@/lib/server/units/cadre-search";
import { activeOn } from "@/lib/server/units/active-on";
import { cadreScope } from "@/lib/server/authz/scope";
import { planScope } from "./scope";

const SHOWN = 20;

export interface CadreOption {
  id: string;
  name: string;
  detail: string;
}

export interface PostOption {
  id: string;
  label: string;
  holders: { id: string; name: string }[];
}

export async function searchPlanCadres(actor: Actor, q: string): Promise<CadreOption[]> {
  planScope(actor);
  const rows = await searchCadresToAppoint(actor, q);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    detail: [`${formatYearMonth(c.birthDate)}生`, c.unit?.name, c.currentPostTitle].filter(Boolean).join(" · "),
  }));
}

export async function searchPlanPosts(actor: Actor, q: string, asOf: Date): Promise<PostOption[]> {
  planScope(actor);
  const text = q.trim();
  if (!text) return [];
  const posts = await prisma.post.findMany({
    where: {
      archivedAt: null,
      isLeadership: true,
      unit: { archivedAt: null },
      OR: [{ title: { contains: text } }, { unit: { name: { contains: text } } }],
    },
    orderBy: [{ unit: { sortOrder: "asc" } }, { unitId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    take: SHOWN,
    select: {
      id: true,
      title: true,
      unit: { select: { name: true } },
      appointments: {
        where: { AND: [activeOn(asOf), { cadre: cadreScope(actor, "read") }] },
        take: 5,
        select: { cadre: { select: { id: true, name: true } } },
      },
    },
  });
  return posts.map((p) => ({
    id: p.id,
    label: `${p.unit.name}${p.title}`,
    holders: p.appointments.map((a) => a.cadre),
  }));
}
