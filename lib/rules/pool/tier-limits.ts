// The age limit that applies to each pool tier under a profile (the entries about to pass it:
// aging-out.ts; AT_RISK statuses: entry-info.ts).
import type { PoolTier } from "../model/enums";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { aboutCeiling } from "../util/tolerance";

export interface TierLimit {
  ruleId: RuleId;
  maxAge: number;
}

export function tierAgeLimit(tier: PoolTier, profile: ResolvedProfile): TierLimit | null {
  const p = profile.params;
  const tol = p.conventions.aboutTolerance;
  const pick = (ruleId: RuleId, maxAge: number) => (ruleOn(profile, ruleId) ? { ruleId, maxAge } : null);
  switch (tier) {
    case "DIVISION_PRINCIPAL":
      return pick("D20-AGE-ZC", p.d20.ages.divisionPrincipalMax);
    case "DIVISION_DEPUTY":
      return pick("D20-AGE-FC", p.d20.ages.divisionDeputyMax);
    case "SECTION":
      return pick("D20-AGE-KJ", aboutCeiling(p.d20.ages.sectionAbout, tol));
    case "PRINCIPAL_RESERVE":
      return pick("SS12-AGE-ZZ", aboutCeiling(p.ss12.principalMainAge, tol));
    case "DEPUTY_RESERVE":
      return pick("SS12-AGE-FZ", aboutCeiling(p.ss12.deputyMainAge, tol));
  }
}
