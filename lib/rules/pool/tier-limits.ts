// The age limit that applies to each pool tier under a profile, and the entries about to pass
// it (for the dashboard's "will age out within 12 months" list and for AT_RISK statuses).
import { dateExceeding } from "../age";
import type { PoolTier } from "../model/enums";
import type { PoolEntryFact } from "../model/pool-facts";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { addMonths } from "../util/dates";
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

/** Active entries already over their tier's limit or passing it within `months`. */
export function agingOut(
  entries: readonly PoolEntryFact[],
  profile: ResolvedProfile,
  asOf: Date,
  months = profile.params.conventions.atRiskMonths,
): AgingOut[] {
  const horizon = addMonths(asOf, months).getTime();
  // the limit of each tier once, not per entry
  const limits = new Map<PoolTier, TierLimit | null>();
  const out: AgingOut[] = [];
  for (const e of entries) {
    if (e.enteredOn.getTime() > asOf.getTime() || (e.closedOn != null && e.closedOn.getTime() <= asOf.getTime()))
      continue;
    let limit = limits.get(e.tier);
    if (limit === undefined) limits.set(e.tier, (limit = tierAgeLimit(e.tier, profile)));
    if (!limit) continue;
    const exceedsOn = exceedingOf(e, limit.maxAge);
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

/** The day an entry's cadre passes maxAge does not depend on the day asked: kept per entry object (facts are read-only). */
const exceeding = new WeakMap<PoolEntryFact, { maxAge: number; on: Date }>();

function exceedingOf(e: PoolEntryFact, maxAge: number): Date {
  const kept = exceeding.get(e);
  if (kept?.maxAge === maxAge) return kept.on;
  const on = dateExceeding(e.cadre.birthDate, maxAge);
  exceeding.set(e, { maxAge, on });
  return on;
}
