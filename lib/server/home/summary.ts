import "server-only";
import type { NominationStage, PoolTier } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { cadreScope, nominationScope, poolScope, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { POOL_TIERS } from "@/lib/rules";
import { getTierNames } from "@/lib/server/policy/pool-tiers";

export const OPEN_NOMINATION_STAGES: NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
];

export interface HomeSummary {
  servingCadres: number;
  openPoolEntries: number;
  /** open entries per tier, named under the profile in force */
  poolByTier: { tier: PoolTier; name: string; count: number }[];
  openNominations: number;
  units: number;
}

/**
 * Live counts for the home page, within what the actor may see (a unit user counts their own
 * unit). Null for roles that read no cadre data (system administrator, auditor).
 */
export async function getHomeSummary(actor: Actor): Promise<HomeSummary | null> {
  if (!can(actor.role, "cadre", "read")) return null;
  const [servingCadres, tiers, openNominations, units, { names }] = await Promise.all([
    prisma.cadre.count({ where: { AND: [cadreScope(actor), { status: "SERVING", archivedAt: null }] } }),
    prisma.poolEntry.groupBy({
      by: ["tier"],
      where: { AND: [poolScope(actor), { closedOn: null }] },
      _count: { _all: true },
    }),
    prisma.nomination.count({ where: { AND: [nominationScope(actor), { stage: { in: OPEN_NOMINATION_STAGES } }] } }),
    prisma.unit.count({ where: { AND: [unitScope(actor), { archivedAt: null }] } }),
    getTierNames(),
  ]);
  const poolByTier = tiers
    .map((t) => ({ tier: t.tier, name: names[t.tier], count: t._count._all }))
    .sort((a, b) => POOL_TIERS.indexOf(a.tier) - POOL_TIERS.indexOf(b.tier));
  return {
    servingCadres,
    openPoolEntries: poolByTier.reduce((s, t) => s + t.count, 0),
    poolByTier,
    openNominations,
    units,
  };
}
