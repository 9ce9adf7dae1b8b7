import "server-only";
// The roster's default order is by unit (the district's unit order), then rank, then id.
// Sorting every matching row through a join to Unit costs a full scan at 100,000 cadres, so
// for this order the page is found in two cheap steps instead: count the matches per unit
// (which also gives the total), walk the units in order to find the few that cover the
// requested page, and sort only their rows.
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/server/db";

export interface UnitWindow {
  total: number;
  /** units whose rows cover the page (null = cadres without a unit), and the offset into them */
  unitIds: (string | null)[];
  skip: number;
}

export async function unitWindow(
  where: Prisma.CadreWhereInput,
  dir: "asc" | "desc",
  skip: number,
  take: number,
): Promise<UnitWindow> {
  // the unit table is small (hundreds of rows): read its order alongside the counts
  const [groups, units] = await Promise.all([
    prisma.cadre.groupBy({ by: ["unitId"], where, _count: { _all: true } }),
    prisma.unit.findMany({ select: { id: true, sortOrder: true } }),
  ]);
  const order = new Map(units.map((u) => [u.id, u.sortOrder]));
  // as PostgreSQL orders the LEFT JOIN: by sortOrder, then id; no unit last when ascending
  const sorted = [...groups].sort((a, b) => {
    if (a.unitId === null || b.unitId === null) return a.unitId === null ? 1 : -1;
    return order.get(a.unitId)! - order.get(b.unitId)! || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
  });
  if (dir === "desc") sorted.reverse();
  const total = sorted.reduce((s, g) => s + g._count._all, 0);
  const unitIds: (string | null)[] = [];
  let before = 0;
  let first = -1;
  for (const g of sorted) {
    const n = g._count._all;
    if (before + n > skip && before < skip + take) {
      if (first < 0) first = before;
      unitIds.push(g.unitId);
    }
    before += n;
  }
  return { total, unitIds, skip: first < 0 ? 0 : skip - first };
}

export function inUnits(unitIds: (string | null)[]): Prisma.CadreWhereInput {
  const named = unitIds.filter((id): id is string => id !== null);
  const clauses: Prisma.CadreWhereInput[] = [];
  if (named.length) clauses.push({ unitId: { in: named } });
  if (named.length !== unitIds.length) clauses.push({ unitId: null });
  return clauses.length ? { OR: clauses } : { id: { in: [] } };
}
