// Tier names under the profile in force. The active profile's tiers go by their one name
// (poolTierLabel); an entry left in another document's tier (a database whose profile was
// switched) keeps its name with the document it belongs to, so both can be told apart and
// no internal code reaches the screen.
import type { PoolTier } from "@/lib/domain/enums";
import { POOL_TIERS, profileTiers, tierSetOf, type ResolvedProfile, type TierSet } from "@/lib/rules";
import { poolTierLabel } from "@/lib/rules/labels";

export const tierSetLabel: Record<TierSet, string> = {
  "district-2020": "区委2020年实施意见",
  "shushan-2012": "蜀山区2012年实施意见",
};

/** Each tier's name as the screens show it while `active` are the profile's tiers. */
export function poolTierNames(active: readonly PoolTier[]): Record<PoolTier, string> {
  const names = {} as Record<PoolTier, string>;
  for (const t of POOL_TIERS)
    names[t] = active.includes(t) ? poolTierLabel[t] : `${poolTierLabel[t]}（${tierSetLabel[tierSetOf(t)]}）`;
  return names;
}

/** The names under a resolved profile (the dashboard and the reports carry the profile, not a request). */
export function poolTierNamesUnder(profile: ResolvedProfile): Record<PoolTier, string> {
  return poolTierNames(profileTiers(profile));
}
