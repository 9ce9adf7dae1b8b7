// The look-ups the staffing targets read (built by staffing-day.ts): posts by unit, who holds
// each relevant post on asOf (with ages now and at the horizon) and the first section-level
// vacancy of each unit. Only leadership posts (and school middle-level posts) get per-post
// holder lists; ordinary staff posts matter only for the committee-wide education share, which
// needs just the distinct cadres. Nothing here is O(n²).
import type { PostFact, StaffCadreFact, UnitFact } from "../model/org-facts";

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
  /** units by number, and each unit's 领导班子 posts (teamPosts) as indices into `relevant`: teamPost[teamStart[u] .. teamStart[u + 1]) */
  unitNumber: Map<string, number>;
  teamStart: Int32Array;
  teamPost: Int32Array;
  /** 1 for a section-level leadership post (isSectionLeaderPost), by index into `relevant` */
  sectionLeader: Uint8Array;
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
  /** holders of each unit under a named selection (teamHolders, unitHolders with a kind), by kind then unit; filled on first use */
  teams: Map<string, Map<string, Holder[]>>;
}

export const isSectionLeaderPost = (p: PostFact) =>
  p.isLeadership !== false && (p.rank === "SECTION_PRINCIPAL" || p.rank === "SECTION_DEPUTY");

export const isLeadershipPost = (p: Pick<PostFact, "isLeadership">) => p.isLeadership !== false;

export function isPartyGovDept(u: UnitFact): boolean {
  return u.type === "PARTY_GOV_DEPT" || Boolean(u.isPartyGovDept);
}

/**
 * A unit's holders under a named selection (`kind`: one name per filter), kept per index and,
 * across a patch, per unit the change did not touch (staffing-day.ts): the targets read the same
 * lists of ≈ 10,000 units after every change. Without a name they are found every time.
 */
function kept(idx: StaffingIndex, kind: string | undefined, unitId: string, find: () => Holder[]): Holder[] {
  if (kind === undefined || !idx.teams) return find();
  let units = idx.teams.get(kind);
  if (!units) idx.teams.set(kind, (units = new Map()));
  let list = units.get(unitId);
  if (!list) units.set(unitId, (list = find()));
  return list;
}

/** Holders on asOf of the unit's posts that pass the filter (kept under `kind` when named). */
export function unitHolders(
  idx: StaffingIndex,
  unitId: string,
  postFilter: (p: PostFact) => boolean,
  kind?: string,
): Holder[] {
  return kept(idx, kind && `unit:${kind}`, unitId, () => findUnitHolders(idx, unitId, postFilter));
}

function findUnitHolders(idx: StaffingIndex, unitId: string, postFilter: (p: PostFact) => boolean): Holder[] {
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

/**
 * Holders on asOf of the unit's 领导班子 posts (teamPosts) that pass the filter: the whole team is
 * kept per index (several targets read it), a filtered one when the caller names it (`kind`).
 */
export function teamHolders(
  idx: StaffingIndex,
  unitId: string,
  postFilter?: (p: PostFact) => boolean,
  kind?: string,
): Holder[] {
  const name = postFilter ? kind && `team:${kind}` : "team";
  return kept(idx, name, unitId, () => {
    // the team's posts chosen once per post structure (compact-appointments.ts), read by number
    const out: Holder[] = [];
    const u = idx.unitNumber.get(unitId);
    if (u === undefined) return out;
    for (let i = idx.teamStart[u]; i < idx.teamStart[u + 1]; i++) {
      const pi = idx.teamPost[i];
      if (postFilter && !postFilter(idx.relevant[pi])) continue;
      const hs = idx.holders[pi];
      if (hs) for (const h of hs) out.push(h);
    }
    return out;
  });
}

/** Holders on asOf of the unit's section-level leadership posts (isSectionLeaderPost), kept as unitHolders keeps them. */
export function sectionLeaderHolders(idx: StaffingIndex, unitId: string): Holder[] {
  return kept(idx, "unit:section-leader", unitId, () => {
    const out: Holder[] = [];
    for (const pi of idx.postIdxByUnit.get(unitId) ?? []) {
      const hs = idx.holders[pi];
      if (hs && idx.sectionLeader[pi] === 1) for (const h of hs) out.push(h);
    }
    return out;
  });
}
