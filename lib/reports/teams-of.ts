// The leadership teams of the report's scope on its date, read through lib/rules' own staffing
// index (teamPosts/teamHolders: the posts and holders the D20-ST-* targets count), so a team
// here is the team the dashboard counts. Units are ordered by type, then by name.
import {
  buildStaffingIndex,
  holdersOf,
  teamPosts,
  UNIT_TYPES,
  type Holder,
  type PostFact,
  type StaffingIndex,
  type UnitFact,
} from "@/lib/rules";
import type { ReportInput } from "./input";

export interface Team {
  unit: UnitFact;
  posts: PostFact[];
  /** holders by post (a post without one is vacant) */
  holders: Map<string, Holder[]>;
  /** each person once, however many team posts they hold */
  members: Holder[];
}

const indexes = new WeakMap<ReportInput, StaffingIndex>();

export function staffingIndexOf(input: ReportInput): StaffingIndex {
  let idx = indexes.get(input);
  if (!idx) {
    idx = buildStaffingIndex(input.units, input.posts, input.appointments, input.profile, input.asOf);
    indexes.set(input, idx);
  }
  return idx;
}

const typeOrder = new Map<string, number>(UNIT_TYPES.map((t, i) => [t, i]));

export function sortUnits<T extends { type: string; name: string }>(units: readonly T[]): T[] {
  return [...units].sort(
    (a, b) => (typeOrder.get(a.type) ?? 99) - (typeOrder.get(b.type) ?? 99) || a.name.localeCompare(b.name, "zh-CN"),
  );
}

export function teamOf(idx: StaffingIndex, unit: UnitFact): Team {
  const posts = teamPosts(idx, unit.id);
  const holders = new Map<string, Holder[]>();
  const seen = new Map<string, Holder>();
  for (const p of posts) {
    const hs = [...holdersOf(idx, p)];
    holders.set(p.id, hs);
    for (const h of hs) if (!seen.has(h.cadre.id)) seen.set(h.cadre.id, h);
  }
  return { unit, posts, holders, members: [...seen.values()] };
}

/** The teams of the scope's units that have team posts on record. */
export function teamsInScope(input: ReportInput): Team[] {
  const idx = staffingIndexOf(input);
  const units = input.unitType ? input.units.filter((u) => u.type === input.unitType) : input.units;
  return sortUnits(units)
    .map((u) => teamOf(idx, u))
    .filter((t) => t.posts.length > 0);
}
