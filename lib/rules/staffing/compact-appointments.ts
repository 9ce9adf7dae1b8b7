// The staffing facts as compact arrays, built once per fact set and kept while the arrays are
// alive (compare pool/compact-entries.ts): each appointment's post among the posts some target
// reads (−1: none), its start and end as times, its cadre's birth day key and the cadre as an
// integer (so "distinct cadres" is an array of marks, not a set of strings). Each evaluation on
// a reference date is then one pass over typed arrays.
import { dayKey } from "../age";
import { educationRank } from "../education";
import type { EducationRecordFact } from "../model/cadre-facts";
import type { PostFact, StaffCadreFact, StaffingAppointmentFact, UnitFact } from "../model/org-facts";

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
  /** index into `relevant` of each appointment's post, −1 when no target looks at it */
  post: Int32Array;
  start: Float64Array;
  /** Infinity while running */
  end: Float64Array;
  birthKey: Int32Array;
  /** index into `cadres` */
  cadre: Int32Array;
  /** one fact per distinct cadre id, in the order of their first appointment */
  cadres: StaffCadreFact[];
  /** the same cadres' ids (read without touching the cadre objects), and each id's index */
  cadreIds: string[];
  cadreIndex: Map<string, number>;
  /** by cadre: educationRank of the highest record counting every record, and the latest graduation (ZZ15-ST-EDU; filled on first use) */
  education: { rank: Uint8Array; lastGraduation: Float64Array } | null;
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
  return i === undefined ? undefined : c.cadres[i];
}

/** Posts some staffing target looks at: leadership posts anywhere, and every post in a school. */
function relevantPosts(units: readonly UnitFact[], posts: readonly PostFact[]): PostFact[] {
  const schools = new Set<string>();
  for (const u of units) if (u.type === "SCHOOL") schools.add(u.id);
  return posts.filter((p) => p.isLeadership !== false || schools.has(p.unitId));
}

const kept = new WeakMap<readonly StaffingAppointmentFact[], CompactAppointments>();

export function compactAppointments(
  units: readonly UnitFact[],
  posts: readonly PostFact[],
  appointments: readonly StaffingAppointmentFact[],
): CompactAppointments {
  const hit = kept.get(appointments);
  if (hit && hit.units === units && hit.posts === posts) return hit;
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
  const n = appointments.length;
  const c: CompactAppointments = {
    units,
    posts,
    relevant,
    postIndex,
    postsByUnit,
    postIdxByUnit,
    post: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    birthKey: new Int32Array(n),
    cadre: new Int32Array(n),
    cadres: [],
    cadreIds: [],
    cadreIndex: new Map(),
    education: null,
  };
  const cadreIndex = c.cadreIndex;
  for (let k = 0; k < n; k++) {
    const a = appointments[k];
    c.post[k] = postIndex.get(a.postId) ?? -1;
    c.start[k] = a.startDate.getTime();
    c.end[k] = a.endDate == null ? Infinity : a.endDate.getTime();
    c.birthKey[k] = dayKey(a.cadre.birthDate);
    let ci = cadreIndex.get(a.cadre.id);
    if (ci === undefined) {
      ci = c.cadres.length;
      cadreIndex.set(a.cadre.id, ci);
      c.cadres.push(a.cadre);
      c.cadreIds.push(a.cadre.id);
    }
    c.cadre[k] = ci;
  }
  kept.set(appointments, c);
  return c;
}
