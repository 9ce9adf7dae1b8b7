// Which review cycle governs a pool tier: every year under district-2020 (D20-REVIEW-ANNUAL),
// every two years under shushan-2012 (SS12-ADJUST) — a tier's own document's rule, else
// whichever one is on.
import type { PoolTier } from "../model/enums";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";

export interface ReviewCycle {
  ruleId: Extract<RuleId, "D20-REVIEW-ANNUAL" | "SS12-ADJUST">;
  years: number;
}

const SS12_TIERS: readonly PoolTier[] = ["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"];

export function reviewCycleFor(tier: PoolTier, profile: ResolvedProfile): ReviewCycle | null {
  const d20 = ruleOn(profile, "D20-REVIEW-ANNUAL")
    ? { ruleId: "D20-REVIEW-ANNUAL" as const, years: profile.params.d20.review.cycleYears }
    : null;
  const ss12 = ruleOn(profile, "SS12-ADJUST")
    ? { ruleId: "SS12-ADJUST" as const, years: profile.params.ss12.adjustCycleYears }
    : null;
  return SS12_TIERS.includes(tier) ? (ss12 ?? d20) : (d20 ?? ss12);
}
