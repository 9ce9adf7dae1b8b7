import "server-only";
// The pool tiers of the profile in force, and their names (lib/labels/pool-tiers.ts), for
// every screen that lists tiers or names one: once per request.
import { cache } from "react";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { poolTierNames } from "@/lib/labels";
import { POOL_TIERS, profileTiers } from "@/lib/rules";
import { poolScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "./active-profile";

export interface TierNames {
  /** the active profile's tiers: what can be chosen for entry, export, nomination */
  active: PoolTier[];
  /** the name of every tier as shown now (another profile's tier with its document) */
  names: Record<PoolTier, string>;
}

export const getTierNames = cache(async (): Promise<TierNames> => {
  const active = profileTiers((await getActiveProfile()).profile);
  return { active, names: poolTierNames(active) };
});

/**
 * The active tiers, then any other tier that still holds open entries within the actor's scope
 * (after a profile switch): filters offer these, so no member is out of reach.
 */
export async function tiersInUse(actor: Actor): Promise<PoolTier[]> {
  const { active } = await getTierNames();
  if (!can(actor.role, "pool", "read")) return active;
  const held = await prisma.poolEntry.groupBy({
    by: ["tier"],
    where: { AND: [poolScope(actor), { closedOn: null, tier: { notIn: active } }] },
  });
  const other = new Set(held.map((h) => h.tier));
  return POOL_TIERS.filter((t) => active.includes(t) || other.has(t));
}
