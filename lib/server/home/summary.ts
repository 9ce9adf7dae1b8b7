import "server-only";
import type { NominationStage, PoolTier } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/server/db";

export const OPEN_NOMINATION_STAGES: NominationStage[] = [
  "PROPOSED", "RECOMMENDED", "INVESTIGATED", "DELIBERATED", "DECIDED", "PUBLICIZED",
];

export interface HomeSummary {
  servingCadres: number;
  openPoolEntries: number;
  poolByTier: { tier: PoolTier; count: number }[];
  openNominations: number;
  units: number;
}

/** Live counts for the home page: three cheap aggregate queries, run in parallel. */
export async function getHomeSummary(): Promise<HomeSummary> {
  const [servingCadres, tiers, openNominations, units] = await Promise.all([
    prisma.cadre.count({ where: { status: "SERVING", archivedAt: null } }),
    prisma.poolEntry.groupBy({ by: ["tier"], where: { closedOn: null }, _count: { _all: true } }),
    prisma.nomination.count({ where: { stage: { in: OPEN_NOMINATION_STAGES } } }),
    prisma.unit.count({ where: { archivedAt: null } }),
  ]);
  const poolByTier = tiers
    .map((t) => ({ tier: t.tier, count: t._count._all }))
    .sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
  return {
    servingCadres,
    openPoolEntries: poolByTier.reduce((s, t) => s + t.count, 0),
    poolByTier,
    openNominations,
    units,
  };
}

const TIER_ORDER: PoolTier[] = ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION", "PRINCIPAL_RESERVE", "DEPUTY_RESERVE"];
