import "server-only";
// Which posts form a unit's 领导班子 — the staffing targets' own choice (teamPostsOf: its
// leadership posts at the 处级 level where it has any, otherwise its 科级 leadership posts) — and
// its 职数: a 科级 team's is the unit's 科级领导职数; a 处级 team's is the posts set up.
import { teamPostsOf, type TeamPostFact, type UnitFact } from "@/lib/rules";

export function teamOf(
  unit: UnitFact,
  leadership: TeamPostFact[],
): { posts: TeamPostFact[]; establishment: number | null } {
  const posts = teamPostsOf(leadership);
  const divisional = posts.some((p) => p.rank === "DIVISION_PRINCIPAL" || p.rank === "DIVISION_DEPUTY");
  if (divisional) return { posts, establishment: null };
  return { posts, establishment: unit.sectionLeaderPostCount > 0 ? unit.sectionLeaderPostCount : null };
}
