// A day's staffing index (staffing-index.ts: who holds each relevant post on asOf, with ages now
// and at the horizon, and each unit's first section-level vacancy), built in one pass over the
// compact appointments, or patched from the index of the compact this one was patched from
// (compact-appointments.ts): only the posts whose rows a change added or removed are found again.
// Each compact keeps its last two days, so a day asked again is the index already built.
import { ageFromKeys, dayKey } from "../age";
import type { PostFact, StaffingAppointmentFact, UnitFact } from "../model/org-facts";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import { addDays, addMonths, toDay } from "../util/dates";
import { compactAppointments, educationRanksOn, type CompactAppointments } from "./compact-appointments";
import type { Holder, StaffingIndex } from "./staffing-index";

/**
 * Each compact's day indexes, by what they depend on: the same day asked again is answered from
 * here, and the next compact's index is patched from them.
 */
const days = new WeakMap<CompactAppointments, Map<string, StaffingIndex>>();
/**
 * Days kept per compact: the dashboard reads today and a year earlier. Each kept day keeps its
 * holders alive, and at 500,000 cadres more of them only made the collector work harder.
 */
const DAYS_KEPT = 2;

export function buildStaffingIndex(
  units: readonly UnitFact[],
  posts: readonly PostFact[],
  appointments: readonly StaffingAppointmentFact[],
  profile: ResolvedProfile,
  asOf: Date,
): StaffingIndex {
  const later = addMonths(asOf, profile.params.conventions.atRiskMonths);
  const vacancyFrom = toDay(profile.params.d20.staffing.kjRuleStart).getTime();
  const wantAll = ruleOn(profile, "ZZ15-ST-EDU");
  const c = compactAppointments(units, posts, appointments);
  const key = `${asOf.getTime()}|${later.getTime()}|${vacancyFrom}|${wantAll}`;
  // the same facts on the same day: the index already built (it is read-only, like the facts)
  const same = days.get(c)?.get(key);
  if (same) return same;
  // Patched from the base's index of the same day when the compact was patched from a base and
  // no rule needs every post holder (ZZ15-ST-EDU): only the posts whose rows changed are redone.
  const base = c.from && !wantAll ? days.get(c.from.base)?.get(key) : undefined;
  const day: DayParams = { asOf, later, vacancyFrom, wantAll };
  const idx = base && c.from ? patchIndex(c, day, base, c.from.touched) : fullIndex(c, appointments, day);
  let kept = days.get(c);
  if (!kept) days.set(c, (kept = new Map()));
  kept.delete(key);
  kept.set(key, idx);
  if (kept.size > DAYS_KEPT) kept.delete(kept.keys().next().value!);
  return idx;
}

interface DayParams {
  asOf: Date;
  later: Date;
  vacancyFrom: number;
  wantAll: boolean;
}

function emptyIndex(c: CompactAppointments, p: DayParams, holders: (Holder[] | undefined)[]): StaffingIndex {
  return {
    asOf: p.asOf,
    later: p.later,
    units: c.units,
    unitsById: new Map(),
    postsByUnit: c.postsByUnit,
    postIdxByUnit: c.postIdxByUnit,
    unitNumber: c.unitNumber,
    teamStart: c.teamStart,
    teamPost: c.teamPost,
    sectionLeader: c.sectionLeader,
    relevant: c.relevant,
    postIndex: c.postIndex,
    holders,
    activeCadreIds: [],
    activeEducation: new Uint8Array(0),
    firstSectionVacancy: new Map(),
    teams: new Map(),
  };
}

/**
 * One pass over the rows whose post passes `want` (−1: every row): holders on asOf of those
 * posts, and the first section-level vacancy of the units `vacancyOf` accepts (by unit number).
 * It reads the compact's numbers only (and the cadre facts of the holders it makes): following
 * each row to its appointment and post object was most of the time at 260,000 rows.
 */
function scanRows(
  c: CompactAppointments,
  p: DayParams,
  idx: StaffingIndex,
  want: Uint8Array | null,
  vacancyOf: Uint8Array | null,
): void {
  const now = p.asOf.getTime();
  const asOfKey = dayKey(p.asOf);
  const laterKey = dayKey(p.later);
  const holders = idx.holders;
  // per unit number, the earliest end of its section-level rows ended since the rule start
  const firstEnd = new Float64Array(c.unitIds.length).fill(Infinity);
  const n = c.post.length;
  for (let k = 0; k < n; k++) {
    const pi = c.post[k];
    if (pi < 0 || (want !== null && want[pi] === 0)) continue;
    const end = c.end[k];
    if (c.start[k] <= now && end >= now) {
      const holder: Holder = {
        cadre: c.cadres[c.cadre[k]],
        age: ageFromKeys(c.birthKey[k], asOfKey),
        ageLater: ageFromKeys(c.birthKey[k], laterKey),
        post: c.relevant[pi],
      };
      const list = holders[pi];
      if (list) list.push(holder);
      else holders[pi] = [holder];
    } else if (end !== Infinity && c.sectionLeader[pi] === 1 && end >= p.vacancyFrom && end < now) {
      const u = c.unitNo[pi];
      if ((vacancyOf === null || vacancyOf[u] === 1) && end < firstEnd[u]) firstEnd[u] = end;
    }
  }
  // a post is vacant from the day after its holder's last day
  for (let u = 0; u < firstEnd.length; u++) {
    if (firstEnd[u] === Infinity) continue;
    const vacantOn = addDays(new Date(firstEnd[u]), 1);
    const unitId = c.unitIds[u];
    const prev = idx.firstSectionVacancy.get(unitId);
    if (!prev || vacantOn.getTime() < prev.getTime()) idx.firstSectionVacancy.set(unitId, vacantOn);
  }
}

function fullIndex(
  c: CompactAppointments,
  appointments: readonly StaffingAppointmentFact[],
  p: DayParams,
): StaffingIndex {
  const idx = emptyIndex(c, p, new Array(c.relevant.length));
  scanRows(c, p, idx, null, null);
  idx.unitsById = new Map(c.units.map((u) => [u.id, u]));
  if (p.wantAll) {
    // every cadre holding any post, relevant or not, once, in the order of their first row
    const now = p.asOf.getTime();
    const seen = new Uint8Array(c.cadreIds.length);
    const ordinals: number[] = [];
    for (let k = 0; k < appointments.length; k++) {
      const ci = c.cadre[k];
      if (seen[ci] === 1 || !(c.start[k] <= now && c.end[k] >= now)) continue;
      seen[ci] = 1;
      idx.activeCadreIds.push(c.cadreIds[ci]);
      ordinals.push(ci);
    }
    idx.activeEducation = educationRanksOn(c, ordinals, now);
  }
  return idx;
}

/**
 * The index of a patched compact from its base's index of the same day: the holders of the
 * posts whose rows changed found again, every other post's list shared; the first vacancy and
 * the teams (teamHolders) of those posts' units found again, the others' kept. Equal to
 * fullIndex over the same compact (tests/unit/rules/incremental-staffing.test.ts).
 */
function patchIndex(c: CompactAppointments, p: DayParams, base: StaffingIndex, touched: Uint8Array): StaffingIndex {
  const idx = emptyIndex(c, p, base.holders.slice());
  idx.unitsById = base.unitsById;
  const units = new Set<string>();
  for (let pi = 0; pi < touched.length; pi++) {
    if (touched[pi] === 0) continue;
    idx.holders[pi] = undefined;
    units.add(c.relevant[pi].unitId);
  }
  // a unit's first vacancy reads all its section-level posts: rescan every post of the touched units
  const want = touched.slice();
  for (const u of units) for (const pi of c.postIdxByUnit.get(u) ?? []) want[pi] = 1;
  for (const [u, t] of base.firstSectionVacancy) if (!units.has(u)) idx.firstSectionVacancy.set(u, t);
  for (const [kind, lists] of base.teams) {
    const keptLists = new Map<string, Holder[]>();
    for (const [u, list] of lists) if (!units.has(u)) keptLists.set(u, list);
    idx.teams.set(kind, keptLists);
  }
  // the untouched posts of touched units keep their holders: scan them for vacancies only
  const holdersWanted = touched;
  const scratch = emptyIndex(c, p, new Array(c.relevant.length));
  scratch.firstSectionVacancy = idx.firstSectionVacancy;
  const unitsWanted = new Uint8Array(c.unitIds.length);
  for (const pi of want.keys()) if (want[pi] === 1) unitsWanted[c.unitNo[pi]] = 1;
  scanRows(c, p, scratch, want, unitsWanted);
  for (let pi = 0; pi < touched.length; pi++) if (holdersWanted[pi] === 1) idx.holders[pi] = scratch.holders[pi];
  return idx;
}
