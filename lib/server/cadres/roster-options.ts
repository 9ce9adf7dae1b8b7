import "server-only";
// Choices offered by the roster's filter bar, within the actor's scope.
import { ETHNICITIES } from "@/lib/labels";
import type { Actor } from "@/lib/auth/actor";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getFamiliarDomains } from "@/lib/server/settings/familiar-domains";
import { rosterUnits } from "./roster-units";

export interface RosterOptions {
  units: { id: string; name: string }[];
  ethnicities: string[];
  domains: string[];
}

export async function getRosterOptions(actor: Actor): Promise<RosterOptions> {
  const [units, active, domains] = await Promise.all([rosterUnits(actor), getActiveProfile(), getFamiliarDomains()]);
  return {
    units,
    ethnicities: ETHNICITIES.filter((e) => e !== "汉族"),
    // the district's list (settings) plus any domain the active profile requires
    domains: [...new Set([...active.profile.params.d20.pool.domains, ...domains])],
  };
}
