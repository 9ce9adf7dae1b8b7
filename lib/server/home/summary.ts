import "server-only";
import type { NominationStage, PoolTier } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { cadreScope, nominationScope, poolScope, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export const OPEN_NOMINATION_STAGES: NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
];

const TIER_ORDER: PoolTier[] = [
  "DIVISION_PRINCIPAL",
  "DIVISION_DEPUTY",
  "SECTION",
  "PRINCIPAL_RESERVE",
  "DEPUTY_RESERVE",
];

export interface HomeSummary {
  servingCadres: number;
  openPoolEntries: number;
  poolByTier: { tier: PoolTier; count: number }[];
  openNominations: number;
  units: number;
}

/**
 * Live counts for the home page, within what the actor may see (a unit user counts their own
 * unit). Null for roles that read no cadre data (system administrator, auditor).
 */
export async function getHomeSummary(actor: Actor): Promise<HomeSummary | null> {
  if (!can(actor.role, "cadre", "read")) return null;
  const [servingCadres, tiers, openNominations, units] = await Promise.all([
    prisma.cadre.count({ where: { AND: [cadreScope(actor), { status: "SERVING", archivedAt: null }] } }),
    prisma.poolEntry.groupBy({
      by: ["tier"],
      where: { AND: [poolScope(actor), { closedOn: null }] },
      _count: { _all: true },
    }),
    prisma.nomination.count({ where: { AND: [nominationScope(actor), { stage: { in: OPEN_NOMINATION_STAGES } }] } }),
    prisma.unit.count({ where: { AND: [unitScope(actor), { archivedAt: null }] } }),
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
