import "server-only";
// Choices offered by the roster's filter bar, within the actor's scope.
import { ETHNICITIES } from "@/lib/labels";
import type { Actor } from "@/lib/server/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getFamiliarDomains } from "@/lib/server/settings/familiar-domains";

export interface RosterOptions {
  units: { id: string; name: string }[];
  ethnicities: string[];
  domains: string[];
}

export async function getRosterOptions(actor: Actor): Promise<RosterOptions> {
  const [units, active, domains] = await Promise.all([
    prisma.unit.findMany({ where: { AND: [unitScope(actor), { archivedAt: null }] }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    getActiveProfile(),
    getFamiliarDomains(),
  ]);
  return {
    units,
    ethnicities: ETHNICITIES.filter((e) => e !== "汉族"),
    // the district's list (settings) plus any domain the active profile requires
    domains: [...new Set([...active.profile.params.d20.pool.domains, ...domains])],
  };
}
