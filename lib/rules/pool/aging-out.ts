// The entries about to pass their tier's age limit (tier-limits.ts): the dashboard's "will age out
// within 12 months" list. Read from the pool's day (entry-info.ts): an entry that stays within
// its limit at the profile's horizon does not pass it by then, so only the others are looked at.
import { dateExceeding } from "../age";
import { POOL_TIERS, type PoolTier } from "../model/enums";
import type { PoolEntryFact } from "../model/pool-facts";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { addMonths } from "../util/dates";
import { buildPoolDay } from "./entry-info";
import { tierAgeLimit } from "./tier-limits";

export interface AgingOut {
  entryId: string;
  cadreId: string;
  tier: PoolTier;
  ruleId: RuleId;
  maxAge: number;
  /** first day on which the cadre is older than maxAge */
  exceedsOn: Date;
  alreadyOver: boolean;
}

/** Active entries already over their tier's limit or passing it within `months`, by the day they pass it. */
export function agingOut(
  entries: readonly PoolEntryFact[],
  profile: ResolvedProfile,
  asOf: Date,
  months = profile.params.conventions.atRiskMonths,
): AgingOut[] {
  const horizon = addMonths(asOf, months).getTime();
  const day = buildPoolDay(entries, profile, asOf);
  // the day's staysLater is read at the profile's horizon; another horizon looks at every active entry
  const atDayHorizon = months === profile.params.conventions.atRiskMonths;
  const limits = POOL_TIERS.map((tier) => tierAgeLimit(tier, profile));
  const out: AgingOut[] = [];
  for (const k of day.active) {
    if (atDayHorizon && day.staysLater[k] === 1) continue;
    const limit = limits[day.compact.tier[k]];
    if (!limit) continue;
    const e = entries[k];
    const exceedsOn = dateExceeding(e.cadre.birthDate, limit.maxAge);
    if (exceedsOn.getTime() > horizon) continue;
    out.push({
      entryId: e.id,
      cadreId: e.cadre.id,
      tier: e.tier,
      ...limit,
      exceedsOn,
      alreadyOver: exceedsOn.getTime() <= asOf.getTime(),
    });
  }
  return out.sort((a, b) => a.exceedsOn.getTime() - b.exceedsOn.getTime());
}
