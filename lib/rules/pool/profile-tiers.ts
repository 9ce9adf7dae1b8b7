// The pool tiers a policy profile works with. Each document that sorts its pool into tiers
// has its own set: district-2020 keeps young cadres by level (D20-POOL-SIZE, D20-AGE-*,
// D20-TIER-RANK: 正处级/副处级/科级年轻干部), shushan-2012 keeps section-level reserves
// (SS12-SIZE, SS12-AGE-*, SS12-ELIG-*: 正职后备/副职后备). A profile's tiers are those of the
// sets whose rules it switches on; a profile naming none (the national baseline) keeps
// district-2020's, the preset that applies when no profile is active.
import { POOL_TIERS, type PoolTier } from "../model/enums";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";

export type TierSet = "district-2020" | "shushan-2012";

const TIER_SETS: readonly { set: TierSet; tiers: readonly PoolTier[]; rules: readonly RuleId[] }[] = [
  {
    set: "district-2020",
    tiers: ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION"],
    rules: ["D20-POOL-SIZE", "D20-AGE-ZC", "D20-AGE-FC", "D20-AGE-KJ", "D20-TIER-RANK"],
  },
  {
    set: "shushan-2012",
    tiers: ["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"],
    rules: ["SS12-SIZE", "SS12-AGE-ZZ", "SS12-AGE-FZ", "SS12-ELIG-ZZ", "SS12-ELIG-FZ"],
  },
];

const cache = new WeakMap<ResolvedProfile, PoolTier[]>();

/** The profile's tiers, in POOL_TIERS order (正处级 first). */
export function profileTiers(profile: ResolvedProfile): PoolTier[] {
  let tiers = cache.get(profile);
  if (!tiers) {
    const on = TIER_SETS.filter((s) => s.rules.some((r) => ruleOn(profile, r)));
    const sets = on.length ? on : TIER_SETS.slice(0, 1);
    tiers = POOL_TIERS.filter((t) => sets.some((s) => s.tiers.includes(t)));
    cache.set(profile, tiers);
  }
  return tiers;
}

/** The document whose tier set a tier belongs to. */
export function tierSetOf(tier: PoolTier): TierSet {
  return TIER_SETS.find((s) => s.tiers.includes(tier))!.set;
}
