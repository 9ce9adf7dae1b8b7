import "server-only";
// 任职 of a nomination for the pool: the cadre enters the pool at the nominated tier, linked to
// the nomination (source NOMINATION). Runs inside the transition's transaction.
import type { Nomination, PoolEntry, Prisma } from "@/lib/generated/prisma/client";
import { poolTierLabel } from "@/lib/labels";
import { UserFacingError } from "@/lib/server/errors";

export const NOMINATION_BASIS = "经单位党组织推荐，按动议、民主推荐、考察、酝酿、讨论决定、公示程序研究决定列入";

export async function appointFromNomination(tx: Prisma.TransactionClient, n: Nomination, enteredOn: Date): Promise<PoolEntry> {
  const open = await tx.poolEntry.findFirst({ where: { cadreId: n.cadreId, tier: n.tier, closedOn: null }, select: { id: true } });
  if (open) throw new UserFacingError(`该同志已在库（${poolTierLabel[n.tier]}），不能重复入库`);
  return tx.poolEntry.create({
    data: {
      cadreId: n.cadreId, tier: n.tier, domain: n.domain, source: "NOMINATION", basis: NOMINATION_BASIS,
      overrideReason: n.overrideReason, enteredOn, nominationId: n.id,
    },
  });
}
