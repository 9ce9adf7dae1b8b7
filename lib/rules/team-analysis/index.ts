// 班子分析 (issue 22): the analysis of one leadership team, pure.
export { analyzeTeam } from "./analyze-team";
export { ageBands, averageAge, bandLabels } from "./age-bands";
export { leavingFor } from "./leaving";
export type * from "./types";
