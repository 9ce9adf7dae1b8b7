// One leadership team's structure in a staffing index (the real one, or a plan's copy): its
// 班子 posts against the members holding them, vacancies, and the age/gender structure of
// lib/units/team-structure.ts, and the team-analysis flags a plan's facts decide (team-flags.ts).
// Pure.
import {
  holdersOf,
  teamPosts,
  type Holder,
  type ResolvedProfile,
  type StaffingIndex,
  type TeamFlag,
} from "@/lib/rules";
import { teamStructure, type TeamStructure } from "@/lib/units/team-structure";
import { planTeamFlags } from "./team-flags";

export interface TeamSnapshot {
  /** 班子职数: the team's posts */
  posts: number;
  /** distinct people holding them (one person in two posts counts once) */
  members: number;
  vacancies: number;
  structure: TeamStructure;
  /** warnings of age, turnover and 职数 (lib/rules/team-analysis), each with its rule id */
  flags: TeamFlag[];
  /** who holds which post, for the before → after lists */
  holders: { cadreId: string; postId: string; postTitle: string; age: number }[];
}

export function teamSnapshot(idx: StaffingIndex, unitId: string, profile: ResolvedProfile): TeamSnapshot {
  const posts = teamPosts(idx, unitId);
  const holders: Holder[] = [];
  let vacancies = 0;
  for (const p of posts) {
    const hs = holdersOf(idx, p);
    if (hs.length === 0) vacancies++;
    holders.push(...hs);
  }
  const unique = new Map<string, Holder>();
  for (const h of holders) if (!unique.has(h.cadre.id)) unique.set(h.cadre.id, h);
  const members = [...unique.values()];
  return {
    posts: posts.length,
    members: members.length,
    vacancies,
    structure: teamStructure(
      members.map((h) => ({ birthDate: h.cadre.birthDate, gender: h.cadre.gender })),
      idx.asOf,
      profile.params.conventions.aboutTolerance,
    ),
    flags: planTeamFlags(idx, unitId, posts, holders, profile),
    holders: holders.map((h) => ({ cadreId: h.cadre.id, postId: h.post.id, postTitle: h.post.title, age: h.age })),
  };
}
