// The staffing facts as compact arrays, built once per fact set and kept while the arrays are
// alive (compare pool/compact-entries.ts): each appointment's post among the posts some target
// reads (−1: none), its start and end as times, its cadre's birth day key and the cadre as an
// integer (so "distinct cadres" is an array of marks, not a set of strings). Each evaluation on
// a reference date is then one pass over typed arrays.
import { dayKey } from "../age";
import { educationRank } from "../education";
import type { EducationRecordFact } from "../model/cadre-facts";
import type { PostFact, StaffCadreFact, StaffingAppointmentFact, UnitFact } from "../model/org-facts";
import { derivationOf, walkDerived, type Derivation } from "../util/derived";
import { isSectionLeaderPost, teamPostsOf } from "./staffing-index";

export interface CompactAppointments {
  units: readonly UnitFact[];
  posts: readonly PostFact[];
  /** the posts some staffing target looks at (leadership posts anywhere, every post in a school) */
  relevant: PostFact[];
  /** index into `relevant` of each post id */
  postIndex: Map<string, number>;
  /** relevant posts by unit, and their indices into `relevant` (the same order) */
  postsByUnit: Map<string, PostFact[]>;
  postIdxByUnit: Map<string, number[]>;
  /** each relevant post's unit as an index into `unitIds` (the units that have relevant posts) */
  unitNo: Int32Array;
  unitIds: string[];
  /** 1: a section-level leadership post (isSectionLeaderPost), whose vacancies D20-ST-KJ-LARGE reads */
  sectionLeader: Uint8Array;
  /** each unit id's number (index into unitIds) */
  unitNumber: Map<string, number>;
  /** unit u's 领导班子 posts (teamPostsOf) are teamPost[teamStart[u] .. teamStart[u + 1]), as indices into `relevant` */
  teamStart: Int32Array;
  teamPost: Int32Array;
  /** index into `relevant` of each appointment's post, −1 when no target looks at it */
  post: Int32Array;
  start: Float64Array;
  /** Infinity while running */
  end: Float64Array;
  birthKey: Int32Array;
  /** index into `cadres` */
  cadre: Int32Array;
  /** one fact per cadre ordinal (a patched compact may keep one whose appointments are gone) */
  cadres: StaffCadreFact[];
  /** the cadres' ids by ordinal (read without touching the cadre objects), and each id's ordinal: shared by the compacts patched from one another, append-only, so may run past `cadres` */
  cadreIds: string[];
  cadreIndex: Map<string, number>;
  /** by cadre: educationRank of the highest record counting every record, and the latest graduation (ZZ15-ST-EDU; filled on first use) */
  education: { rank: Uint8Array; lastGraduation: Float64Array } | null;
  /** the compact this one was patched from over the same posts, and the posts whose rows changed (by index into `relevant`) */
  from: { base: CompactAppointments; touched: Uint8Array } | null;
}

/** The highest educationRank of each cadre's records completed by time t (ZZ15-ST-EDU), from the kept ranks. */
export function educationRanksOn(c: CompactAppointments, cadres: readonly number[], t: number): Uint8Array {
  if (!c.education) {
    const rank = new Uint8Array(c.cadres.length);
    const lastGraduation = new Float64Array(c.cadres.length);
    c.cadres.forEach((cadre, i) => {
      const records = cadre.education ?? [];
      rank[i] = highestRankBy(records, Infinity);
      let last = -Infinity;
      for (const r of records) if (r.graduationDate != null) last = Math.max(last, r.graduationDate.getTime());
      lastGraduation[i] = last;
    });
    c.education = { rank, lastGraduation };
  }
  const { rank, lastGraduation } = c.education;
  const out = new Uint8Array(cadres.length);
  for (let k = 0; k < cadres.length; k++) {
    const i = cadres[k];
    out[k] = lastGraduation[i] > t ? highestRankBy(c.cadres[i].education ?? [], t) : rank[i];
  }
  return out;
}

function highestRankBy(records: readonly EducationRecordFact[], t: number): number {
  let best = 0;
  for (const r of records) {
    if (r.graduationDate == null || r.graduationDate.getTime() <= t) best = Math.max(best, educationRank(r.level));
  }
  return best;
}

/**
 * A cadre of the staffing facts by id, from the compact arrays the rules built for the same
 * facts (built now if they have not been): the dashboard's drill-down needs a few of them and
 * should not index 1.5 million appointments again for it.
 */
export function staffCadreById(
  units: readonly UnitFact[],
  posts: readonly PostFact[],
  appointments: readonly StaffingAppointmentFact[],
  id: string,
): StaffCadreFact | undefined {
  const c = compactAppointments(units, posts, appointments);
  const i = c.cadreIndex.get(id);
  return i === undefined || i >= c.cadres.length ? undefined : c.cadres[i];
}

/** Posts some staffing target looks at: leadership posts anywhere, and every post in a school. */
function relevantPosts(units: readonly UnitFact[], posts: readonly PostFact[]): PostFact[] {
  const schools = new Set<string>();
  for (const u of units) if (u.type === "SCHOOL") schools.add(u.id);
  return posts.filter((p) => p.isLeadership !== false || schools.has(p.unitId));
}

export type PostStructure = Pick<
  CompactAppointments,
  | "units"
  | "posts"
  | "relevant"
  | "postIndex"
  | "postsByUnit"
  | "postIdxByUnit"
  | "unitNo"
  | "unitIds"
  | "sectionLeader"
  | "unitNumber"
  | "teamStart"
  | "teamPost"
>;

/** The relevant posts, their indices and their grouping by unit: shared by every compact of the same units and posts. */
export function postStructure(units: readonly UnitFact[], posts: readonly PostFact[]): PostStructure {
  const relevant = relevantPosts(units, posts);
  // a later post with the same id replaces an earlier one, as a Map built from the list would
  const postIndex = new Map<string, number>();
  relevant.forEach((p, i) => postIndex.set(p.id, i));
  const postsByUnit = new Map<string, PostFact[]>();
  const postIdxByUnit = new Map<string, number[]>();
  relevant.forEach((p, i) => {
    const list = postsByUnit.get(p.unitId);
    if (list) {
      list.push(p);
      postIdxByUnit.get(p.unitId)!.push(i);
    } else {
      postsByUnit.set(p.unitId, [p]);
      postIdxByUnit.set(p.unitId, [i]);
    }
  });
  // numbers for the day's pass over the rows (staffing-day.ts), which then reads no post object
  const unitIds = [...postsByUnit.keys()];
  const unitNumber = new Map(unitIds.map((u, i) => [u, i]));
  const unitNo = Int32Array.from(relevant, (p) => unitNumber.get(p.unitId)!);
  const sectionLeader = Uint8Array.from(relevant, (p) => (isSectionLeaderPost(p) ? 1 : 0));
  // each unit's team posts, chosen once for every day (teamHolders reads them by number)
  const teamStart = new Int32Array(unitIds.length + 1);
  const teamPost: number[] = [];
  unitIds.forEach((u, i) => {
    const team = new Set(teamPostsOf(postsByUnit.get(u)!));
    for (const pi of postIdxByUnit.get(u)!) if (team.has(relevant[pi])) teamPost.push(pi);
    teamStart[i + 1] = teamPost.length;
  });
  return {
    units,
    posts,
    relevant,
    postIndex,
    postsByUnit,
    postIdxByUnit,
    unitNo,
    unitIds,
    sectionLeader,
    unitNumber,
    teamStart,
    teamPost: Int32Array.from(teamPost),
  };
}

const kept = new WeakMap<readonly StaffingAppointmentFact[], CompactAppointments>();

/**
 * The compact arrays of these facts: kept per appointments array; patched from those of the
 * array it was derived from (util/derived.ts) when the caller noted one; built whole otherwise.
 */
export function compactAppointments(
  units: readonly UnitFact[],
  posts: readonly PostFact[],
  appointments: readonly StaffingAppointmentFact[],
): CompactAppointments {
  const hit = kept.get(appointments);
  if (hit && hit.units === units && hit.posts === posts) return hit;
  const d = derivationOf(appointments);
  const base = d ? kept.get(d.prev) : undefined;
  const structure = base && base.units === units && base.posts === posts ? base : postStructure(units, posts);
  const c = base && d ? patchCompact(base, structure, appointments, d) : buildCompact(structure, appointments);
  kept.set(appointments, c);
  return c;
}

function emptyCompact(s: PostStructure, n: number): CompactAppointments {
  return {
    units: s.units,
    posts: s.posts,
    relevant: s.relevant,
    postIndex: s.postIndex,
    postsByUnit: s.postsByUnit,
    postIdxByUnit: s.postIdxByUnit,
    unitNo: s.unitNo,
    unitIds: s.unitIds,
    sectionLeader: s.sectionLeader,
    unitNumber: s.unitNumber,
    teamStart: s.teamStart,
    teamPost: s.teamPost,
    post: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    birthKey: new Int32Array(n),
    cadre: new Int32Array(n),
    cadres: [],
    cadreIds: [],
    cadreIndex: new Map(),
    education: null,
    from: null,
  };
}

/** Row k of the compact arrays from its appointment. */
function fillRow(c: CompactAppointments, k: number, a: StaffingAppointmentFact): void {
  c.post[k] = c.postIndex.get(a.postId) ?? -1;
  c.start[k] = a.startDate.getTime();
  c.end[k] = a.endDate == null ? Infinity : a.endDate.getTime();
  c.birthKey[k] = dayKey(a.cadre.birthDate);
  let ci = c.cadreIndex.get(a.cadre.id);
  if (ci === undefined) {
    ci = c.cadreIds.length;
    c.cadreIndex.set(a.cadre.id, ci);
    c.cadreIds.push(a.cadre.id);
  }
  c.cadres[ci] = a.cadre;
  c.cadre[k] = ci;
}

function buildCompact(s: PostStructure, appointments: readonly StaffingAppointmentFact[]): CompactAppointments {
  const n = appointments.length;
  const c = emptyCompact(s, n);
  for (let k = 0; k < n; k++) fillRow(c, k, appointments[k]);
  return c;
}

/**
 * The compact arrays of `appointments` from those of the array it derives from: kept rows are
 * copied (their post index translated when the posts changed), added rows filled; the posts a
 * row was added to or removed from are marked, so a day's index can be patched the same way
 * (staffing-index.ts). The cadre ordinals and ids are shared with the base, append-only: a
 * cadre keeps its ordinal, each compact its own `cadres` (the base's never change).
 */
function patchCompact(
  base: CompactAppointments,
  s: PostStructure,
  appointments: readonly StaffingAppointmentFact[],
  d: Derivation<StaffingAppointmentFact>,
): CompactAppointments {
  const c = emptyCompact(s, appointments.length);
  c.cadreIds = base.cadreIds;
  c.cadreIndex = base.cadreIndex;
  c.cadres = base.cadres.slice();
  const samePosts = s.relevant === base.relevant;
  let remap: Int32Array | null = null;
  if (!samePosts) {
    remap = new Int32Array(base.relevant.length);
    base.relevant.forEach((p, i) => (remap![i] = s.postIndex.get(p.id) ?? -1));
  }
  const touched = new Uint8Array(s.relevant.length);
  const mark = (pi: number) => {
    if (pi >= 0) touched[pi] = 1;
  };
  walkDerived(appointments, d, {
    kept: (k, j) => {
      c.post[k] = remap ? (base.post[j] < 0 ? -1 : remap[base.post[j]]) : base.post[j];
      c.start[k] = base.start[j];
      c.end[k] = base.end[j];
      c.birthKey[k] = base.birthKey[j];
      c.cadre[k] = base.cadre[j];
    },
    fresh: (k) => {
      fillRow(c, k, appointments[k]);
      mark(c.post[k]);
    },
    gone: (j) => mark(remap ? (base.post[j] < 0 ? -1 : remap[base.post[j]]) : base.post[j]),
  });
  c.from = samePosts ? { base, touched } : null;
  // one step back only: the base forgets its own base, so a series of changes keeps two compacts, not all
  base.from = null;
  return c;
}
