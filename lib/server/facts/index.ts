import "server-only";
// Database rows → the rules engine's facts. Scope: callers pass scoped where-clauses or ids
// already read through lib/server/authz/scope.ts.
export { CADRE_FACTS_INCLUDE, loadCadreFacts, toCadreFacts, type CadreFactsRow } from "./cadre-facts";
export { loadPoolEntryFacts, loadPoolReviewFacts } from "./pool-facts";
export { loadStaffingFacts, type StaffingFacts } from "./staffing-facts";
export {
  loadPromotions,
  loadStaffingHistory,
  needsFullHistory,
  promotionsSince,
  PROMOTION_YEARS,
  type StaffingHistory,
} from "./staffing-history";
export { loadEducationFacts, loadPoolFactsSql } from "./pool-facts-sql";
