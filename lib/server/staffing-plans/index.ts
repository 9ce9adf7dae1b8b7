import "server-only";
// 模拟调配: the organization department's what-if staffing plans (docs/staffing-plans.md).
export { archivePlan, createPlan, renamePlan, sharePlan, PLAN_CLOSED_MESSAGE } from "./manage-plans";
export { addMove, removeMove, MAX_MOVES } from "./moves";
export { convertPlan } from "./convert";
export { getPlan, listPlans, type PlanDetail, type PlanListRow, type PlanMoveRow } from "./read-plans";
export { computePlan, planMoves, planResults, type PlanResults } from "./evaluate";
export { getPlanBase } from "./plan-base";
export { searchPlanCadres, searchPlanPosts, type CadreOption, type PostOption } from "./search";
export { planScope } from "./scope";
