// What the report builders read: the very facts and rule results the dashboard computes for the
// same date (lib/server/reports/report-input.ts assembles them from lib/server/dashboard), plus
// the names and personal attributes of the people the tables count. Nothing here counts twice:
// target figures are the rules' rows, team membership is lib/rules' teamPosts/teamHolders.
import type {
  EducationRecordFact,
  PoliticalStatus,
  PoolEntryFact,
  PoolReviewFact,
  PoolRow,
  PostFact,
  ResolvedProfile,
  ReviewDueItem,
  RuleId,
  StaffingAppointmentFact,
  TargetRow,
  TrainingFact,
  UnitFact,
  UnitType,
} from "@/lib/rules";

export interface PersonFacts {
  name: string;
  ethnicity: string;
  politicalStatus: PoliticalStatus;
  education: EducationRecordFact[];
  /** the type of the cadre's current unit (the pool and training reports' scope) */
  unitType: UnitType | null;
}

export interface ReportInput {
  asOf: Date;
  profile: ResolvedProfile;
  profileVersion: number;
  /** null: the district */
  unitType: UnitType | null;
  units: readonly UnitFact[];
  posts: readonly PostFact[];
  appointments: readonly StaffingAppointmentFact[];
  /** evaluateStaffing's rows on asOf (the dashboard's 配备目标) */
  staffingRows: readonly TargetRow[];
  /** evaluatePool's rows on asOf (the dashboard's 干部库结构指标) */
  poolRows: readonly PoolRow[];
  entries: readonly PoolEntryFact[];
  reviews: readonly PoolReviewFact[];
  /** poolReviewDue with the dashboard's horizon */
  reviewsDue: readonly ReviewDueItem[];
  reviewHorizonDays: number;
  /** trainings of the pool's members by cadre */
  trainings: ReadonlyMap<string, readonly TrainingFact[]>;
  /**
   * The profile the training report checks with: the active one with the training rules switched
   * on as the 培训与实践 reminders do (lib/server/development/profile-overlay.ts), and which of
   * them that added.
   */
  training: { profile: ResolvedProfile; added: readonly RuleId[] };
  /** team members on asOf and pool members, by cadre id; a recused cadre is absent ("（回避）") */
  people: ReadonlyMap<string, PersonFacts>;
}

export const RECUSED = "（回避）";

export function nameOf(input: ReportInput, cadreId: string): string {
  return input.people.get(cadreId)?.name ?? RECUSED;
}
