// Public API of the policy rules engine (documented in docs/rules.md). Pure: no database, no
// Next.js, no clock — every function takes the reference date `asOf` from its caller.

// facts and results
export * from "./model/enums";
export type * from "./model/cadre-facts";
export type * from "./model/org-facts";
export type * from "./model/pool-facts";
export type * from "./model/results";

// dates, age, education
export { ageOn, dateExceeding, dateTurning } from "./age";
export { addDays, addMonths, addYears, day, formatDateLong, isActiveOn, isoDay, toDay } from "./util/dates";
export {
  retirementAgeMonths,
  retirementAgesOf,
  retirementAgeText,
  retirementBaseYears,
  retirementDate,
  retirementDelayMonths,
  STATUTORY_RETIREMENT_AGES,
} from "./retirement";
export type { RetirementAges } from "./retirement";
export { describeEducation, educationRank, hasEducation, highestEducation } from "./education";
export { aboutBand, aboutCeiling, countLowerBound, ratioTargetCount } from "./util/tolerance";
export * from "./labels";

// rule registry
export { isRuleId, presetOfRule, RULE_IDS } from "./registry/rule-ids";
export type { RuleId } from "./registry/rule-ids";
export { explain, RULE_CATALOG, rulesOfPreset } from "./registry/explain";
export type { Explanation } from "./registry/explain";

// policy profiles
export { defaultParams, PARAM_GROUP_LABELS, PARAM_META, POLICY_PARAMS_SCHEMA } from "./profiles/params";
export type { PolicyParams } from "./profiles/params";
export type { ParamMeta } from "./profiles/param-kit";
export { isPresetKey, PRESET_KEYS, PRESETS } from "./profiles/presets";
export type { PresetKey } from "./profiles/presets";
export { resolveProfile, safeResolveProfile } from "./profiles/resolve";
export type { ProfileLibrary, ResolveResult } from "./profiles/resolve";
export { ProfileValidationError } from "./profiles/types";
export type { DeepPartial, ProfileDefinition, ProfileIssue, ResolvedProfile } from "./profiles/types";
export { ruleOn, severityOf } from "./profiles/active";

// candidates
export { evaluateCandidate } from "./candidate/evaluate";
export { dunmiaoRoleLabel, targetLabel } from "./candidate/targets";
export type { CandidateTarget, DunmiaoRole, PromotionRank } from "./candidate/targets";
export { isFamilyAbroad } from "./candidate/exclusions";
export { sanctionState } from "./candidate/sanctions";
export { rankOn } from "./candidate/rank-history";

// pool and staffing
export { evaluatePool } from "./pool/evaluate-pool";
export { readinessOn, withReadiness } from "./pool/readiness";
export { domainReadings, listCoversDomain } from "./pool/domain-readings";
export type { PoolReport } from "./pool/evaluate-pool";
export { tierAgeLimit } from "./pool/tier-limits";
export { agingOut } from "./pool/aging-out";
export { profileTiers, tierSetOf } from "./pool/profile-tiers";
export type { TierSet } from "./pool/profile-tiers";
export type { TierLimit } from "./pool/tier-limits";
export type { AgingOut } from "./pool/aging-out";
export type { AgeBand } from "./pool/age-bands";
export { evaluateStaffing, staffingRows } from "./staffing/evaluate-staffing";
export type { StaffingContext } from "./staffing/staffing-context";
// what-if staffing plans (模拟调配)
export { applyMoves } from "./whatif/apply-moves";
export type { AppliedPlan } from "./whatif/apply-moves";
export type * from "./whatif/types";
export type { StaffingOptions, StaffingReport } from "./staffing/evaluate-staffing";
export type { KjUnitDetail, KjUnitState } from "./staffing/kj-targets";
export { youngPromotionLimit } from "./staffing/promotion-targets";
export { compactEntries, educationRankOn, isMinority, isNonParty, type CompactEntries } from "./pool/compact-entries";
export { buildPoolDay, type PoolDay } from "./pool/entry-info";
export { buildStaffingIndex } from "./staffing/staffing-day";
export {
  buildCompactPromotions,
  compactPromotions,
  copyPromotion,
  emptyCompactPromotions,
  fillPromotion,
  slicePromotions,
  STAFF_CODE,
  type CompactPromotions,
} from "./staffing/compact-promotions";
export { holdersOf, isPartyGovDept, teamHolders, teamPosts, teamPostsOf } from "./staffing/staffing-index";
export type { Holder, StaffingIndex } from "./staffing/staffing-index";

// leadership teams (班子分析)
export * from "./team-analysis";
export { staffCadreById } from "./staffing/compact-appointments";
export { derivationOf, mapDerivationOf, noteDerived, noteMapDerived, walkDerived } from "./util/derived";

// schedules and reminders
export { rotationDue } from "./schedule/rotation";
export type { RotationAppointmentFact, RotationItem } from "./schedule/rotation-facts";
export { trainingCompliance, youngCadreClassCheck } from "./schedule/training";
export type { TrainingCompliance, TrainingSubject } from "./schedule/training";
export { recommendationCheck, recommendationValidUntil } from "./schedule/recommendation";
export {
  isWorkingDay,
  MIN_PUBLICITY_WORKING_DAYS,
  profilePublicityEnd,
  publicityCheck,
  publicityEnd,
  publicityWorkingDays,
  workingDaysBetween,
} from "./schedule/working-days";
export type { WorkingDayCalendar } from "./schedule/working-days";
export { concentratedSurveyDue, poolReviewDue, reviewsDueFrom } from "./schedule/pool-review";
export { poolSchedule, type PoolSchedule } from "./pool/pool-schedule";
export { reviewDueOn, trainingDay, trainingFailedOn } from "./pool/schedule-day";
export type { ReviewDueItem } from "./schedule/pool-review";
export { poolExitSignals } from "./schedule/exit-signals";
export { evaluatePractice, practiceReviewDue } from "./schedule/practice";
export type { PostingFact, PracticeReviewItem } from "./schedule/practice";
export { evaluateShanxiProgramme } from "./schedule/shanxi-programme";
export type { DownPosting, UpSelection } from "./schedule/shanxi-programme";
export { developmentPlanCheck, mentorshipFollowUp } from "./schedule/growth";
export type { MentorFollowUp, MentorshipFact, PlanFact } from "./schedule/growth";

// procedure and administration
export { canAdvance, nextStage, procedureOf } from "./process/procedure";
export { decisionVote, MIN_MAJORITY_RATIO, MIN_QUORUM_RATIO } from "./process/decision-vote";
export type { VoteCount, VoteOutcome, VoteVerdict } from "./process/decision-vote";
export type { Procedure, TransitionResult } from "./process/procedure";
export {
  ARCHIVE_SECTIONS,
  archiveCompleteness,
  borrowingCheck,
  pmrMajorMatterDue,
  probationEnd,
  reserveManager,
  tuitionSubsidy,
} from "./process/admin";
export type { ArchiveSection, Borrowing, TuitionClaim } from "./process/admin";
