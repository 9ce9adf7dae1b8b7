// Enum string unions shared with the Prisma schema (prisma/schema.prisma). The names must stay
// identical so that other code can map database rows to facts without translation tables.

export const GENDERS = ["MALE", "FEMALE"] as const;
export type Gender = (typeof GENDERS)[number];

export const POLITICAL_STATUSES = [
  "CPC_MEMBER",
  "CPC_PROBATIONARY",
  "DEMOCRATIC_PARTY",
  "NON_PARTY",
  "CYL_MEMBER",
  "MASSES",
] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

/** Ordered from highest to lowest; `educationRank` in ../education.ts relies on this order. */
export const EDUCATION_LEVELS = [
  "DOCTORATE_STUDY",
  "MASTER_STUDY",
  "BACHELOR",
  "JUNIOR_COLLEGE",
  "TECHNICAL_SECONDARY",
  "HIGH_SCHOOL",
  "BELOW_HIGH_SCHOOL",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const DEGREES = ["DOCTOR", "MASTER", "BACHELOR", "NONE"] as const;
export type Degree = (typeof DEGREES)[number];

/** Ordered from highest to lowest (职务层次). */
export const RANKS = ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION_PRINCIPAL", "SECTION_DEPUTY", "STAFF"] as const;
export type Rank = (typeof RANKS)[number];

export const GRADES = [
  "PRINCIPAL_CLERK_1",
  "PRINCIPAL_CLERK_2",
  "PRINCIPAL_CLERK_3",
  "PRINCIPAL_CLERK_4",
  "CLERK_1",
  "CLERK_2",
] as const;
export type Grade = (typeof GRADES)[number];

export const ESTABLISHMENT_TYPES = ["CIVIL_SERVANT", "CIVIL_SERVANT_MANAGED", "INSTITUTION_STAFF"] as const;
export type EstablishmentType = (typeof ESTABLISHMENT_TYPES)[number];

export const CADRE_STATUSES = ["SERVING", "TRANSFERRED", "RETIRED", "DRAFT"] as const;
export type CadreStatus = (typeof CADRE_STATUSES)[number];

export const HEALTH_STATUSES = ["HEALTHY", "FAIR", "POOR"] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export const UNIT_TYPES = [
  "STREET",
  "TOWNSHIP",
  "PARTY_GOV_DEPT",
  "DISTRICT_UNIT",
  "INSTITUTION",
  "SCHOOL",
  "SOE",
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const ASSESSMENT_GRADES = ["EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT", "UNGRADED"] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];

export const SANCTION_KINDS = [
  "PARTY_WARNING",
  "PARTY_SERIOUS_WARNING",
  "PARTY_REMOVAL_FROM_POST",
  "PARTY_PROBATION",
  "GOV_WARNING",
  "GOV_DEMERIT",
  "GOV_MAJOR_DEMERIT",
  "GOV_DEMOTION",
  "GOV_REMOVAL",
  "ORG_ADMONISHMENT",
  "ORG_ORDERED_INSPECTION",
  "ORG_TRANSFER",
  "ORG_DEMOTION",
] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export const FAMILY_RELATIONS = [
  "SPOUSE",
  "SON",
  "DAUGHTER",
  "FATHER",
  "MOTHER",
  "FATHER_IN_LAW",
  "MOTHER_IN_LAW",
  "SIBLING",
  "OTHER",
] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export const POOL_TIERS = [
  "DIVISION_PRINCIPAL",
  "DIVISION_DEPUTY",
  "SECTION",
  "PRINCIPAL_RESERVE",
  "DEPUTY_RESERVE",
] as const;
export type PoolTier = (typeof POOL_TIERS)[number];

export const TRAINING_KINDS = [
  "PARTY_SPIRIT",
  "YOUNG_CADRE_CLASS",
  "ASSIGNED_TRAINING",
  "SPECIAL_TRAINING",
  "ONLINE",
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const PRACTICE_KINDS = ["SECONDMENT", "DUNMIAO", "EXCHANGE", "SHADOWING", "SPECIAL_TASK"] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const TALK_KINDS = ["HEART_TO_HEART", "CARE", "REMINDER", "ADMONITION"] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

export const NOMINATION_STAGES = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
  "APPOINTED",
  "REJECTED",
  "WITHDRAWN",
] as const;
export type NominationStage = (typeof NOMINATION_STAGES)[number];
