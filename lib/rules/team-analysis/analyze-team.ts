// analyzeTeam: the 班子分析 of ONE leadership team on asOf — its structure and its flags, each
// flag citing the rule that raises it. Pure (facts in, figures out), so the team analysis page
// and a what-if staffing plan (a hypothetical team) share it.
import { teamFlags } from "./flags";
import { teamFigures } from "./structure";
import type { TeamAnalysis, TeamAnalysisContext, TeamFacts } from "./types";

export function analyzeTeam(team: TeamFacts, asOf: Date, ctx: TeamAnalysisContext): TeamAnalysis {
  const structure = teamFigures(team, asOf, ctx.profile);
  return { unitId: team.unit.id, asOf, structure, flags: teamFlags(team, structure, ctx.profile) };
}
