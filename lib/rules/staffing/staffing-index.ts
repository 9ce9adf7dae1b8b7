// One pass over units, posts and appointments builds the look-ups the staffing targets need:
// posts by unit, who holds each relevant post on asOf (with ages now and at the horizon) and
// the first section-level vacancy of each unit. Only leadership posts (and school middle-level
// posts) get per-post holder lists; ordinary staff posts matter only for the committee-wide
// education share, which needs just the distinct cadres. Nothing here is O(n²).
import { ageFromKeys, dayKey } from "../age";
import type { PostFact, StaffCadreFact, StaffingAppointmentFact, UnitFact } from "../model/org-facts";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import { addDays, addMonths, toDay } from "../util/dates";
import { compactAppointments, educationRanksOn, type CompactAppointments } from "./compact-appointments";

export interface Holder {
  cadre: StaffCadreFact;
  age: number;
  ageLater: number;
  post: PostFact;
}

export interface StaffingIndex {
  asOf: Date;
  later: Date;
  units: readonly UnitFact[];
  unitsById: Map<string, UnitFact>;
  /** relevant posts (leadership posts anywhere, every post in a school) by unit */
  postsByUnit: Map<string, PostFact[]>;
  /** the same posts' indices into `relevant`, in the same order */
  postIdxByUnit: Map<string, number[]>;
  relevant: readonly PostFact[];
  postIndex: Map<string, number>;
  /** holders on asOf by index into `relevant` (undefined: none) — arrays, not a map by id string */
  holders: (Holder[] | undefined)[];
  /** the ids of every distinct cadre holding any post on asOf (filled only when a rule needs it) */
  activeCadreIds: string[];
  /** the same cadres' highest education completed by asOf (educationRank; 0: none) */
  activeEducation: Uint8Array;
  /** day after the earliest ended section-level appointment per unit (since the rule start) */
  firstSectionVacancy: Map<string, Date>;
  /** each unit's 领导班子 holders (teamHolders without a filter), filled on first use */
  teams: Map<string, Holder[]>;
}

export const isSectionLeaderPost = (p: PostFact) =>
  p.isLeadership !== false && (p.rank === "SECTION_PRINCIPAL" || p.rank === "SECTION_DEPUTY");

export const isLeadershipPost = (p: Pick<PostFact, "isLeadership">) => p.isLeadership !== false;

export function isPartyGovDept(u: UnitFact): boolean {
  return u.type === "PARTY_GOV_DEPT" || Boolean(u.isPartyGovDept);
}

/**
 * Each compact's day indexes, by what they depend on: the same day asked again is answered from
 * here, and the next compact's index is patched from them. A few days per compact.
 */
const days = new WeakMap<CompactAppointments, Map<string, StaffingIndex>>();
/** Days kept per compact (the dashboard reads today and a year earlier; a leader may pick a few more). */
const DAYS_KEPT = 8;

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
  const idx = base && c.from ? patchIndex(c, appointments, day, base, c.from.touched) : fullIndex(c, appointments, day);
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
 * posts, and the first section-level vacancy of the units `vacancyOf` accepts.
 */
function scanRows(
  c: CompactAppointments,
  appointments: readonly StaffingAppointmentFact[],
  p: DayParams,
  idx: StaffingIndex,
  want: Uint8Array | null,
  vacancyOf: (unitId: string) => boolean,
): void {
  const now = p.asOf.getTime();
  const asOfKey = dayKey(p.asOf);
  const laterKey = dayKey(p.later);
  const holders = idx.holders;
  const n = appointments.length;
  for (let k = 0; k < n; k++) {
    const pi = c.post[k];
    if (pi < 0 || (want !== null && want[pi] === 0)) continue;
    const post = c.relevant[pi];
    if (c.start[k] <= now && c.end[k] >= now) {
      const holder: Holder = {
        cadre: appointments[k].cadre,
        age: ageFromKeys(c.birthKey[k], asOfKey),
        ageLater: ageFromKeys(c.birthKey[k], laterKey),
        post,
      };
      const list = holders[pi];
      if (list) list.push(holder);
      else holders[pi] = [holder];
    } else if (c.end[k] !== Infinity && isSectionLeaderPost(post) && vacancyOf(post.unitId)) {
      const t = c.end[k];
      if (t >= p.vacancyFrom && t < now) {
        const vacantOn = addDays(appointments[k].endDate!, 1);
        const prev = idx.firstSectionVacancy.get(post.unitId);
        if (!prev || vacantOn.getTime() < prev.getTime()) idx.firstSectionVacancy.set(post.unitId, vacantOn);
      }
    }
  }
}

function fullIndex(
  c: CompactAppointments,
  appointments: readonly StaffingAppointmentFact[],
  p: DayParams,
): StaffingIndex {
  const idx = emptyIndex(c, p, new Array(c.relevant.length));
  scanRows(c, appointments, p, idx, null, () => true);
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
function patchIndex(
  c: CompactAppointments,
  appointments: readonly StaffingAppointmentFact[],
  p: DayParams,
  base: StaffingIndex,
  touched: Uint8Array,
): StaffingIndex {
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
  for (const [u, team] of base.teams) if (!units.has(u)) idx.teams.set(u, team);
  // the untouched posts of touched units keep their holders: scan them for vacancies only
  const holdersWanted = touched;
  const scratch = emptyIndex(c, p, new Array(c.relevant.length));
  scratch.firstSectionVacancy = idx.firstSectionVacancy;
  scanRows(c, appointments, p, scratch, want, (u) => units.has(u));
  for (let pi = 0; pi < touched.length; pi++) if (holdersWanted[pi] === 1) idx.holders[pi] = scratch.holders[pi];
  return idx;
}

/** Holders on asOf of the unit's posts that pass the filter. */
export function unitHolders(idx: StaffingIndex, unitId: string, postFilter: (p: PostFact) => boolean): Holder[] {
  const out: Holder[] = [];
  for (const pi of idx.postIdxByUnit.get(unitId) ?? []) {
    const hs = idx.holders[pi];
    if (!hs || !postFilter(idx.relevant[pi])) continue;
    for (const h of hs) out.push(h);
  }
  return out;
}

/** Holders on asOf of one relevant post. */
export function holdersOf(idx: StaffingIndex, post: PostFact): readonly Holder[] {
  const pi = idx.postIndex.get(post.id);
  return (pi === undefined ? undefined : idx.holders[pi]) ?? [];
}

const DIVISION_RANKS: ReadonlySet<string> = new Set(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]);

/**
 * The unit's 领导班子 posts: its leadership posts at the unit's own level — the 处级 posts where
 * it has any (a street's 书记, 主任 and their deputies), otherwise its 科级 leadership posts. The
 * 科长 and 所长 of a division-level unit lead its offices, not the unit, so they do not count
 * towards a team target (D20-ST-STREET-*, -UNIT-40, -DEPT-HEAD-40). The reports' 职数 read them.
 */
export function teamPosts(idx: StaffingIndex, unitId: string): PostFact[] {
  return teamPostsOf(idx.postsByUnit.get(unitId) ?? []);
}

/** The same choice over any list of one unit's posts (班子分析 reads posts of its own shape). */
export function teamPostsOf<P extends Pick<PostFact, "rank" | "isLeadership">>(posts: readonly P[]): P[] {
  const divisional = posts.some((p) => isLeadershipPost(p) && DIVISION_RANKS.has(p.rank));
  return posts.filter((p) => isLeadershipPost(p) && (!divisional || DIVISION_RANKS.has(p.rank)));
}

/** Holders on asOf of the unit's 领导班子 posts (teamPosts) that pass the filter. */
export function teamHolders(idx: StaffingIndex, unitId: string, postFilter?: (p: PostFact) => boolean): Holder[] {
  // the unfiltered team is read by several targets: kept per index (and per unit across a patch)
  const memo = postFilter ? undefined : idx.teams?.get(unitId);
  if (memo) return memo;
  const out: Holder[] = [];
  for (const p of teamPosts(idx, unitId)) {
    if (postFilter && !postFilter(p)) continue;
    for (const h of holdersOf(idx, p)) out.push(h);
  }
  if (!postFilter) idx.teams?.set(unitId, out);
  return out;
}
