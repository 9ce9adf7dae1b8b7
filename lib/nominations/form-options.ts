// Choices offered by the nomination form, from the policy profile in force: the pool tiers
// whose entry rules are switched on (district-2020: 正处/副处/科级; shushan-2012: 正职/副职后备),
// and the profile's reserve domains.
import type { PoolTier } from "@/lib/domain/enums";
import { poolTierLabel } from "@/lib/labels";
import { ruleOn, type ResolvedProfile, type RuleId } from "@/lib/rules";

const TIER_RULE: Record<PoolTier, RuleId> = {
  DIVISION_PRINCIPAL: "D20-AGE-ZC",
  DIVISION_DEPUTY: "D20-AGE-FC",
  SECTION: "D20-AGE-KJ",
  PRINCIPAL_RESERVE: "SS12-AGE-ZZ",
  DEPUTY_RESERVE: "SS12-AGE-FZ",
};

export function tierOptions(profile: ResolvedProfile): { value: PoolTier; label: string }[] {
  const all = Object.keys(TIER_RULE) as PoolTier[];
  const on = all.filter((t) => ruleOn(profile, TIER_RULE[t]));
  return (on.length ? on : all).map((t) => ({ value: t, label: poolTierLabel[t] }));
}

export function domainOptions(profile: ResolvedProfile): string[] {
  return [...profile.params.d20.pool.domains];
}
