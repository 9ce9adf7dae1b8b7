import "server-only";
// 班子分析 across teams and for one team: the facts of every team in scope (team-facts.ts),
// analysed by the pure analyzeTeam under the active policy profile, then filtered by flag,
// sorted and paged in memory (the analysis needs every team's facts anyway).
import type { Actor } from "@/lib/auth/actor";
import type { FlagKind, ResolvedProfile, TeamAnalysis, UnitType } from "@/lib/rules";
import { analyzeTeam, ruleOn } from "@/lib/rules";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import type { TeamSort } from "@/lib/validation/team-analysis-search";
import { loadTeamFacts } from "./team-facts";

export interface TeamAnalysisQuery {
  unitType?: UnitType;
  flag?: FlagKind;
  sort?: TeamSort;
  desc?: boolean;
  page?: number;
}

export interface TeamAnalysisRow extends TeamAnalysis {
  unitName: string;
  unitType: UnitType;
}

export interface TeamAnalysisList {
  rows: TeamAnalysisRow[];
  total: number;
  /** teams in scope before the flag filter */
  teams: number;
  /** teams carrying each flag kind (before the flag filter) */
  flagCounts: Partial<Record<FlagKind, number>>;
  page: number;
  pageCount: number;
  sanctionsWithheld: boolean;
  profileName: string;
}

const PAGE_SIZE = 50;
const ROTATION_RULES = ["ZZ15-ROT-POST", "ZZ15-ROT-KEY", "ZZ15-ROT-LEADER", "ZZ15-ROT-PAIR"] as const;

const withRotation = (p: ResolvedProfile) => ROTATION_RULES.some((r) => ruleOn(p, r));

const weight = (a: TeamAnalysis) =>
  a.flags.reduce((s, f) => s + (f.severity === "hard" ? 100 : f.severity === "soft" ? 10 : 1), 0);

const SORT_KEY: Record<TeamSort, (r: TeamAnalysisRow & { order: number }) => number> = {
  unit: (r) => r.order,
  flags: (r) => weight(r),
  averageAge: (r) => r.structure.averageAge ?? -1,
  leaving: (r) => r.structure.leaving,
  vacancies: (r) => r.structure.vacancies,
  yearsInPost: (r) => r.structure.averageYearsInPost ?? -1,
};

export async function listTeamAnalyses(actor: Actor, asOf: Date, q: TeamAnalysisQuery): Promise<TeamAnalysisList> {
  const { profile } = await getActiveProfile();
  const loaded = await loadTeamFacts(actor, asOf, { unitType: q.unitType, withRotation: withRotation(profile) });
  const all = loaded.teams.map((t, order) => ({
    ...analyzeTeam(t, asOf, { profile }),
    unitName: t.unit.name,
    unitType: t.unit.type,
    order: t.unitSortOrder * 1e6 + order,
  }));
  const flagCounts: Partial<Record<FlagKind, number>> = {};
  for (const a of all) for (const k of new Set(a.flags.map((f) => f.kind))) flagCounts[k] = (flagCounts[k] ?? 0) + 1;
  const filtered = q.flag ? all.filter((a) => a.flags.some((f) => f.kind === q.flag)) : all;
  const key = SORT_KEY[q.sort ?? "unit"];
  const dir = q.desc ? -1 : 1;
  filtered.sort((a, b) => dir * (key(a) - key(b)) || a.order - b.order);
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, q.page ?? 1), pageCount);
  const rows: TeamAnalysisRow[] = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    rows,
    total: filtered.length,
    teams: all.length,
    flagCounts,
    page,
    pageCount,
    sanctionsWithheld: loaded.sanctionsWithheld,
    profileName: profile.name,
  };
}

/** One team's analysis (the team page); null when the unit is not in the actor's scope. */
export async function getTeamAnalysis(
  actor: Actor,
  unitId: string,
  asOf: Date,
): Promise<{ analysis: TeamAnalysis; sanctionsWithheld: boolean } | null> {
  const { profile } = await getActiveProfile();
  const loaded = await loadTeamFacts(actor, asOf, { unitId, withRotation: withRotation(profile) });
  const team = loaded.teams[0];
  if (!team) return null;
  return { analysis: analyzeTeam(team, asOf, { profile }), sanctionsWithheld: loaded.sanctionsWithheld };
}
