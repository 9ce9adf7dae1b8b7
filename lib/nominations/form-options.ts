// Choices offered by the nomination form, from the policy profile in force: its pool tiers
// (district-2020: 正处级/副处级/科级年轻干部; shushan-2012: 正职后备/副职后备; profileTiers),
// and the profile's reserve domains.
import type { PoolTier } from "@/lib/domain/enums";
import { poolTierLabel } from "@/lib/labels";
import { profileTiers, type ResolvedProfile } from "@/lib/rules";

export function tierOptions(profile: ResolvedProfile): { value: PoolTier; label: string }[] {
  return profileTiers(profile).map((t) => ({ value: t, label: poolTierLabel[t] }));
}

export function domainOptions(profile: ResolvedProfile): string[] {
  return [...profile.params.d20.pool.domains];
}
