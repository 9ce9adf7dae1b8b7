import "server-only";
import { likeLiteral } from "@/lib/server/search/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitType } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { activeOn } from "./active-on";

export const UNITS_PER_PAGE = 100;

export interface UnitListFilter {
  type?: UnitType | null;
  q?: string | null;
  page?: number;
}

export interface UnitListRow {
  id: string;
  code: string;
  name: string;
  type: UnitType;
  parentName: string | null;
  sectionLeaderPostCount: number;
  isPartyGovDept: boolean;
  /** leadership posts (not archived) */
  leadershipPosts: number;
  /** leadership posts with a holder on asOf */
  filledPosts: number;
}

/**
 * The units the actor may see (a unit user: their own), with their leadership posts and how
 * many are filled on asOf. Two queries whatever the number of units.
 */
export async function listUnits(actor: Actor, asOf: Date, filter: UnitListFilter = {}) {
  const q = filter.q?.trim();
  const where: Prisma.UnitWhereInput = {
    AND: [
      unitScope(actor),
      { archivedAt: null },
      filter.type ? { type: filter.type } : {},
      q
        ? {
            OR: [
              { name: { contains: likeLiteral(q) } },
              { shortName: { contains: likeLiteral(q) } },
              { code: { contains: likeLiteral(q), mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const page = Math.max(1, filter.page ?? 1);
  const [total, units] = await Promise.all([
    prisma.unit.count({ where }),
    prisma.unit.findMany({
      where,
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      skip: (page - 1) * UNITS_PER_PAGE,
      take: UNITS_PER_PAGE,
      select: {
        id: true,
        code: true,
        name: true,
        type: true,
        sectionLeaderPostCount: true,
        isPartyGovDept: true,
        parent: { select: { name: true } },
        posts: { where: { archivedAt: null, isLeadership: true }, select: { id: true } },
      },
    }),
  ]);
  const postIds = units.flatMap((u) => u.posts.map((p) => p.id));
  const filled = new Set(
    (
      await prisma.appointment.findMany({
        where: { AND: [activeOn(asOf), { postId: { in: postIds } }] },
        select: { postId: true },
      })
    ).map((a) => a.postId),
  );
  const rows: UnitListRow[] = units.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    type: u.type,
    parentName: u.parent?.name ?? null,
    sectionLeaderPostCount: u.sectionLeaderPostCount,
    isPartyGovDept: u.isPartyGovDept,
    leadershipPosts: u.posts.length,
    filledPosts: u.posts.filter((p) => filled.has(p.id)).length,
  }));
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / UNITS_PER_PAGE)) };
}

/** Units to choose a parent from (organization staff only; not archived). */
export async function listParentOptions(actor: Actor) {
  return prisma.unit.findMany({
    where: { AND: [unitScope(actor, "manage"), { archivedAt: null }] },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
