// What the structure rules read of each entry on one reference date, computed once per
// evaluation over the compact arrays (compact-entries.ts): which entries are active, their age
// now and at the at-risk horizon, whether they stay within their tier's limit until then, and
// their highest education completed by asOf. Entries are referred to by their index in the
// facts array, so each structure rule is a pass over integers, not over 100,000 objects.
import { ageFromKeys, dayKey } from "../age";
import { POOL_TIERS } from "../model/enums";
import type { PoolEntryFact } from "../model/pool-facts";
import type { ResolvedProfile } from "../profiles/types";
import { addMonths } from "../util/dates";
import { compactEntries, educationRankOn, type CompactEntries } from "./compact-entries";
import { tierAgeLimit } from "./tier-limits";

export { isMinority, isNonParty } from "./compact-entries";

export interface PoolDay {
  compact: CompactEntries;
  entries: readonly PoolEntryFact[];
  /** indices of the entries active on asOf, in the facts' order */
  active: number[];
  /** by entry index (filled for active entries only) */
  age: Int16Array;
  /** age at asOf + atRiskMonths */
  ageLater: Int16Array;
  /** 1: still within the tier's age limit at the horizon (otherwise expected to leave the tier) */
  staysLater: Uint8Array;
  /** educationRank of the highest record completed by asOf (0: none), any mode / full-time only */
  eduAny: Uint8Array;
  eduFullTime: Uint8Array;
}

/** Active on asOf: entered on or before it, and not closed on or before it. */
export function isEntryActive(e: PoolEntryFact, asOf: Date): boolean {
  const t = asOf.getTime();
  return e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t);
}

/** Each compact's last days (the rules and the dashboard's views read the same day), by profile and date. */
const days = new WeakMap<CompactEntries, { profile: ResolvedProfile; t: number; day: PoolDay }[]>();
const DAYS_KEPT = 2;

/** The entries' facts on asOf; the same object when asked again for the same facts, profile and day (read-only). */
export function buildPoolDay(entries: readonly PoolEntryFact[], profile: ResolvedProfile, asOf: Date): PoolDay {
  const c = compactEntries(entries);
  let kept = days.get(c);
  if (!kept) days.set(c, (kept = []));
  const hit = kept.find((d) => d.profile === profile && d.t === asOf.getTime());
  if (hit) return hit.day;
  const day = computeDay(c, entries, profile, asOf);
  kept.unshift({ profile, t: asOf.getTime(), day });
  if (kept.length > DAYS_KEPT) kept.pop();
  return day;
}

function computeDay(
  c: CompactEntries,
  entries: readonly PoolEntryFact[],
  profile: ResolvedProfile,
  asOf: Date,
): PoolDay {
  const n = entries.length;
  const t = asOf.getTime();
  const asOfKey = dayKey(asOf);
  const laterKey = dayKey(addMonths(asOf, profile.params.conventions.atRiskMonths));
  // the limit of each tier code (Infinity: none)
  const limits = POOL_TIERS.map((tier) => tierAgeLimit(tier, profile)?.maxAge ?? Infinity);
  const day: PoolDay = {
    compact: c,
    entries,
    active: [],
    age: new Int16Array(n),
    ageLater: new Int16Array(n),
    staysLater: new Uint8Array(n),
    eduAny: c.eduAny,
    eduFullTime: c.eduFullTime,
  };
  let copied = false;
  for (let k = 0; k < n; k++) {
    if (c.enteredOn[k] > t || c.closedOn[k] <= t) continue;
    day.active.push(k);
    const ageLater = ageFromKeys(c.birthKey[k], laterKey);
    day.age[k] = ageFromKeys(c.birthKey[k], asOfKey);
    day.ageLater[k] = ageLater;
    day.staysLater[k] = ageLater <= limits[c.tier[k]] ? 1 : 0;
    if (c.lastGraduation[k] > t) {
      // a record not completed yet on asOf: this day's ranks differ from the compact ones
      if (!copied) {
        day.eduAny = c.eduAny.slice();
        day.eduFullTime = c.eduFullTime.slice();
        copied = true;
      }
      const records = entries[k].cadre.education;
      day.eduAny[k] = educationRankOn(records, t, false);
      day.eduFullTime[k] = educationRankOn(records, t, true);
    }
  }
  return day;
}
