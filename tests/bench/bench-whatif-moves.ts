// The 20 moves of bench:whatif, chosen from the seeded district by fixed order: 14 pool members
// (副处级 tier) placed in street 副主任-level posts of 14 different streets, 3 swaps between the
// holders of two other streets' team posts, 3 exits from a further street's team posts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PlanDetail, PlanMoveRow } from "@/lib/server/staffing-plans";

type Row = { cadreId: string; cadreName: string; postId: string; title: string; unitId: string; unitName: string };

export async function benchMoves(prisma: PrismaClient, asOf: Date, n: number): Promise<PlanDetail> {
  const held = await prisma.$queryRawUnsafe<Row[]>(
    `select distinct on (u.id) a."cadreId", c.name as "cadreName", p.id as "postId", p.title, u.id as "unitId", u.name as "unitName"
     from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId" join "Cadre" c on c.id = a."cadreId"
     where u.type = 'STREET' and p."isLeadership" and p.rank in ('DIVISION_DEPUTY','DIVISION_PRINCIPAL')
       and a."startDate" <= $1 and (a."endDate" is null or a."endDate" >= $1) and u."archivedAt" is null and p."archivedAt" is null
     order by u.id, p."sortOrder" desc, p.id limit 40`,
    asOf,
  );
  const pool = await prisma.$queryRawUnsafe<{ id: string; name: string }[]>(
    `select c.id, c.name from "PoolEntry" e join "Cadre" c on c.id = e."cadreId"
     where e."closedOn" is null and e.tier = 'DIVISION_DEPUTY' order by c.id limit 14`,
  );
  const post = (r: Row): PlanMoveRow["post"] => ({
    id: r.postId,
    title: r.title,
    unit: { id: r.unitId, name: r.unitName },
  });
  const moves: PlanMoveRow[] = [];
  const m = (kind: PlanMoveRow["kind"], extra: Omit<PlanMoveRow, "id" | "position" | "kind" | "nominationIds">) =>
    moves.push({ id: `bench-${moves.length + 1}`, position: moves.length + 1, kind, nominationIds: [], ...extra });
  for (let i = 0; i < Math.min(14, pool.length); i++)
    m("PLACE", { cadre: pool[i], post: post(held[i]), otherCadre: null, otherPost: null });
  for (let i = 0; i < 3; i++) {
    const [a, b] = [held[14 + 2 * i], held[15 + 2 * i]];
    m("SWAP", {
      cadre: { id: a.cadreId, name: a.cadreName },
      post: post(b),
      otherCadre: { id: b.cadreId, name: b.cadreName },
      otherPost: post(a),
    });
  }
  for (let i = 0; i < 3; i++) {
    const r = held[20 + i];
    m("EXIT", { cadre: { id: r.cadreId, name: r.cadreName }, post: post(r), otherCadre: null, otherPost: null });
  }
  if (moves.length < n) throw new Error(`the district gave ${moves.length} moves, not ${n}`);
  return {
    id: "bench",
    name: "基准测试方案",
    ownerId: "bench",
    ownerName: "基准测试",
    mine: true,
    shared: false,
    status: "DRAFT",
    asOf,
    version: 1,
    convertedAt: null,
    moves: moves.slice(0, n),
  };
}
