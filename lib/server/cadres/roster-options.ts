import "server-only";
// Choices offered by the roster's filter bar, within the actor's scope.
import { ETHNICITIES } from "@/lib/labels";
import type { Actor } from "@/lib/auth/actor";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getTierNames, tiersInUse } from "@/lib/server/policy/pool-tiers";
import { getFamiliarDomains } from "@/lib/server/settings/familiar-domains";
import { rosterUnits } from "./roster-units";

export interface RosterOptions {
  units: { id: string; name: string }[];
  /** the 在库 filter's tiers: the active profile's, then any other still holding members, named */
  tiers: { value: PoolTier; label: string }[];
  ethnicities: string[];
  domains: string[];
}

export async function getRosterOptions(actor: Actor): Promise<RosterOptions> {
  const [units, active, domains, tiers, { names }] = await Promise.all([
    rosterUnits(actor),
    getActiveProfile(),
    getFamiliarDomains(),
    tiersInUse(actor),
    getTierNames(),
  ]);
  return {
    units,
    tiers: tiers.map((t) => ({ value: t, label: names[t] })),
    ethnicities: ETHNICITIES.filter((e) => e !== "汉族"),
    // the district's list (settings) plus any domain the active profile requires
    domains: [...new Set([...active.profile.params.d20.pool.domains, ...domains])],
  };
}
