import "server-only";
// 任职 of a nomination for the pool: the cadre enters the pool at the nominated tier, linked to
// the nomination (source NOMINATION). Runs inside the transition's transaction. A cadre has one
// open entry at most (a unique index enforces it): one already open at the same tier refuses
// 任职; one at another tier (a 科级 member chosen for 副处级) is closed as 调整层级 on the day
// before the new entry, with its own audit row.
import type { Nomination, PoolEntry, Prisma } from "@/lib/generated/prisma/client";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { addDays } from "@/lib/rules";
import { poolTierLabel } from "@/lib/labels";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { lockCadre } from "@/lib/server/concurrency";
import { syncCurrentPost } from "@/lib/server/cadres/sync-current-post";
import { UserFacingError } from "@/lib/errors/user-facing";

export const NOMINATION_BASIS = "经单位党组织推荐，按动议、民主推荐、考察、酝酿、讨论决定、公示程序研究决定列入";

export async function appointFromNomination(
  tx: Prisma.TransactionClient,
  actor: Actor,
  n: Nomination,
  enteredOn: Date,
): Promise<PoolEntry> {
  await lockCadre(tx, n.cadreId);
  const open = await tx.poolEntry.findFirst({ where: { cadreId: n.cadreId, closedOn: null } });
  if (open?.tier === n.tier) throw new UserFacingError(`该同志已在库（${poolTierLabel[n.tier]}），不能重复入库`);
  if (open) {
    const closedOn = addDays(enteredOn, -1);
    if (closedOn < open.enteredOn)
      throw new UserFacingError(
        `该同志${formatDate(open.enteredOn)}起在库（${poolTierLabel[open.tier]}），任职（入库）日期应在此之后`,
      );
    const close = {
      closedOn,
      exitReason: "TIER_CHANGED" as const,
      exitNote: `经推荐程序调整为${poolTierLabel[n.tier]}`,
    };
    await tx.poolEntry.update({ where: { id: open.id }, data: { ...close, version: { increment: 1 } } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "pool.exit",
      objectType: "PoolEntry",
      objectId: open.id,
      result: "SUCCESS",
      diff: { ...auditDiff(open, close), nominationId: n.id },
    });
  }
  // 任职 here is entry into the pool, not to a post; the cadre's current post is recomputed from
  // the history all the same, so the roster row the step leads to agrees with it.
  await syncCurrentPost(tx, n.cadreId, todayInChina(), actor);
  return tx.poolEntry.create({
    data: {
      cadreId: n.cadreId,
      tier: n.tier,
      domain: n.domain,
      source: "NOMINATION",
      basis: NOMINATION_BASIS,
      overrideReason: n.overrideReason,
      enteredOn,
      nominationId: n.id,
    },
  });
}
