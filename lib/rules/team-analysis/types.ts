// Input and output of analyzeTeam: the facts of ONE leadership team on a date, and what the
// analysis finds. Pure shapes, so a what-if plan can build a hypothetical team (a pool member in
// a vacancy, a swap, an exit) and analyse it exactly as the real one.
import type { EducationRecordFact, SanctionFact } from "../model/cadre-facts";
import type { Gender, PoliticalStatus, Rank } from "../model/enums";
import type { UnitFact } from "../model/org-facts";
import type { RuleId } from "../registry/rule-ids";
import type { ResolvedProfile } from "../profiles/types";
import type { RotationItem } from "../schedule/rotation-facts";

/** A post of the team (the unit's leadership posts at its own level). */
export interface TeamPostFact {
  id: string;
  title: string;
  rank: Rank;
  isPrincipal: boolean;
  isPartyGovHead: boolean;
  /** 关键岗位 (ZZ15-ROT-KEY) */
  isKeyPost?: boolean;
}

/** One appointment in force: who sits in which team post, since when. */
export interface TeamSeatFact {
  postId: string;
  cadreId: string;
  /** the appointment's id; a hypothetical seat may leave it out */
  appointmentId?: string;
  startDate: Date;
  /** 分管领导 (ZZ15-ROT-LEADER) */
  supervisorCadreId?: string | null;
}

/** An earlier appointment in the same unit: continues a rotation period (ZZ15-ROT-*). */
export interface TeamPriorAppointmentFact {
  id: string;
  postId: string;
  rank: Rank;
  isPrincipal: boolean;
  isKeyPost?: boolean;
  startDate: Date;
  endDate: Date;
  supervisorCadreId?: string | null;
}

export interface TeamMemberFact {
  cadreId: string;
  name: string;
  birthDate: Date;
  gender: Gender;
  politicalStatus: PoliticalStatus;
  /** Chinese name of the ethnic group (汉族 is not a minority) */
  ethnicity?: string;
  education: EducationRecordFact[];
  sanctions: SanctionFact[];
  priorAppointments?: TeamPriorAppointmentFact[];
}

export interface TeamFacts {
  unit: UnitFact;
  posts: TeamPostFact[];
  seats: TeamSeatFact[];
  /** every cadre of `seats`, once */
  members: TeamMemberFact[];
  /**
   * 核定职数 of the team. null: the posts set up are the establishment (a 处级 team), so only
   * vacancies count. A 科级 team's 职数 is the unit's 科级领导职数 (sectionLeaderPostCount).
   */
  establishment?: number | null;
}

export interface TeamAnalysisContext {
  profile: ResolvedProfile;
}

export type FlagKind = "NO_ABOUT_40" | "TURNOVER" | "ROTATION_DUE" | "SANCTION" | "VACANCY" | "OVER_ESTABLISHMENT";

/** hard: 必须/不得 or a target missed outright (red); soft: 一般应当 (amber); info: a figure (grey) */
export type FlagSeverity = "hard" | "soft" | "info";

export interface TeamFlag {
  kind: FlagKind;
  ruleId: RuleId;
  severity: FlagSeverity;
  /** Chinese, with the numbers */
  message: string;
  /** the cadres the flag is about (empty for team-wide flags) */
  cadreIds: string[];
}

export interface AgeBandCount {
  label: string;
  count: number;
}

export type LeavingReason = "RETIREMENT" | "POST_AGE_LIMIT";

export interface MemberRow {
  cadreId: string;
  name: string;
  /** titles of the team posts held (书记 who is also 主任: both) */
  postTitles: string[];
  age: number;
  gender: Gender;
  nonCpc: boolean;
  /** e.g. 全日制大学本科 */
  education: string;
  /** full years in the current team post (the earliest seat), on asOf */
  yearsInPost: number;
  /** the day the member leaves (retirement or post age limit), when within the horizon */
  leavesOn: Date | null;
  leavingReason: LeavingReason | null;
  rotationDue: boolean;
  sanctionInEffect: boolean;
}

export interface TeamStructureFigures {
  posts: number;
  /** distinct cadres holding team posts */
  members: number;
  vacancies: number;
  /** the 职数 the team is measured against (establishment, or the posts set up) */
  establishment: number;
  /** members (or posts set up) beyond the establishment */
  overEstablishment: number;
  women: number;
  nonCpc: number;
  minority: number;
  averageAge: number | null;
  bands: AgeBandCount[];
  /** members aged ≤ about40Ceiling / about35Ceiling (the ~40 / ~35 slots of D20-ST-*) */
  about40: number;
  about35: number;
  about40Ceiling: number;
  about35Ceiling: number;
  /** highest education (any mode): 研究生, 大学本科, 大学专科及以下 */
  postgraduate: number;
  bachelor: number;
  belowBachelor: number;
  /** 全日制 大学本科 or above */
  fullTimeBachelorPlus: number;
  averageYearsInPost: number | null;
  /** members leaving within the horizon (DP-TEAM-TURNOVER) */
  leaving: number;
  leavingHorizonYears: number;
  rotationDue: number;
  sanctionsInEffect: number;
  memberRows: MemberRow[];
  rotationItems: RotationItem[];
}

export interface TeamAnalysis {
  unitId: string;
  asOf: Date;
  structure: TeamStructureFigures;
  flags: TeamFlag[];
}
