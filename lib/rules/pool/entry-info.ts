// Per-entry facts computed once per evaluation (age now and at the at-risk horizon, and the
// diversity flags), so that each structure rule is a cheap pass over 100,000 entries.
import { ageFromKeys, dayKey } from "../age";
import { educationRank } from "../education";
import type { EducationRecordFact } from "../model/cadre-facts";
import type { PoolTier } from "../model/enums";
import type { PoolEntryFact } from "../model/pool-facts";
import type { ResolvedProfile } from "../profiles/types";
import { addMonths } from "../util/dates";
import { tierAgeLimit } from "./tier-limits";

export interface EntryInfo {
  entry: PoolEntryFact;
  id: string;
  tier: PoolTier;
  age: number;
  /** age at asOf + atRiskMonths */
  ageLater: number;
  /** still within the tier's age limit at the horizon (otherwise expected to leave the tier) */
  staysLater: boolean;
  female: boolean;
  minority: boolean;
  nonParty: boolean;
  /** educationRank of the highest completed record (0: none), any mode / full-time only */
  eduAny: number;
  eduFullTime: number;
}

/** 汉族 is not a minority; an unrecorded ethnicity is not counted as one either. */
export function isMinority(ethnicity: string): boolean {
  const e = ethnicity.trim();
  return e !== "" && e !== "汉族" && e !== "汉";
}

export function isNonParty(status: string): boolean {
  return status !== "CPC_MEMBER" && status !== "CPC_PROBATIONARY";
}

/** educationRank of the highest record completed by time t (0 when none). */
function educationRanks(records: readonly EducationRecordFact[], t: number, fullTimeOnly: boolean): number {
  let best = 0;
  for (const r of records) {
    if (fullTimeOnly && !r.fullTime) continue;
    if (r.graduationDate != null && r.graduationDate.getTime() > t) continue;
    const rank = educationRank(r.level);
    if (rank > best) best = rank;
  }
  return best;
}

/** Active on asOf: entered on or before it, and not closed on or before it. */
export function isEntryActive(e: PoolEntryFact, asOf: Date): boolean {
  const t = asOf.getTime();
  return e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t);
}

export function buildEntryInfos(entries: readonly PoolEntryFact[], profile: ResolvedProfile, asOf: Date): EntryInfo[] {
  const later = addMonths(asOf, profile.params.conventions.atRiskMonths);
  const limits = new Map<PoolTier, number | null>();
  const out: EntryInfo[] = [];
  const t = asOf.getTime();
  const asOfKey = dayKey(asOf);
  const laterKey = dayKey(later);
  for (const e of entries) {
    if (!isEntryActive(e, asOf)) continue;
    let limit = limits.get(e.tier);
    if (limit === undefined) {
      limit = tierAgeLimit(e.tier, profile)?.maxAge ?? null;
      limits.set(e.tier, limit);
    }
    const c = e.cadre;
    const birthKey = dayKey(c.birthDate);
    const ageLater = ageFromKeys(birthKey, laterKey);
    out.push({
      entry: e,
      id: e.id,
      tier: e.tier,
      age: ageFromKeys(birthKey, asOfKey),
      ageLater,
      staysLater: limit == null || ageLater <= limit,
      female: c.gender === "FEMALE",
      minority: isMinority(c.ethnicity),
      nonParty: isNonParty(c.politicalStatus),
      eduAny: educationRanks(c.education, t, false),
      eduFullTime: educationRanks(c.education, t, true),
    });
  }
  return out;
}
