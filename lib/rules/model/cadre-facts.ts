// The facts about one cadre that the rules need. Other code maps database rows to these
// shapes; the rules never read the database. Calendar dates are JS Dates at UTC midnight.
import type {
  AssessmentGrade,
  CadreStatus,
  Degree,
  EducationLevel,
  EstablishmentType,
  FamilyRelation,
  Gender,
  Grade,
  HealthStatus,
  PoliticalStatus,
  PracticeKind,
  Rank,
  SanctionKind,
  TalkKind,
  TrainingKind,
  UnitType,
} from "./enums";

export interface EducationRecordFact {
  level: EducationLevel;
  degree: Degree;
  /** 全日制 (true) or 在职 (false): different facts, never interchangeable. */
  fullTime: boolean;
  is985?: boolean;
  is211?: boolean;
  isDoubleFirstClass?: boolean;
  /** A record graduating after asOf does not count yet; null means already completed. */
  graduationDate?: Date | null;
}

export interface CadreAppointmentFact {
  id?: string;
  postId: string;
  unitId: string;
  unitType: UnitType;
  title: string;
  isPrincipal: boolean;
  isPartyGovHead: boolean;
  rank: Rank;
  isKeyPost?: boolean;
  /** 党(工)委书记. When absent, derived from the title (书记 but not 副书记). */
  isPartySecretary?: boolean;
  /** 单位中层岗位 (SS12-ELIG-FZ). */
  isMiddleLevel?: boolean;
  startDate: Date;
  /** Last day in post (inclusive); null while serving. */
  endDate?: Date | null;
  supervisorCadreId?: string | null;
}

/**
 * One period of the 职务层次/职级 history (RankRecord): a row holds a rank, a grade or both.
 * A cadre may hold a 职级 without a post, so these periods, together with the leadership
 * posts' ranks, answer "rank on date" (rankOn).
 */
export interface RankRecordFact {
  rank?: Rank | null;
  grade?: Grade | null;
  /** null: never recorded, read as held throughout (until endDate) */
  startDate: Date | null;
  /** last day (inclusive); null while held */
  endDate?: Date | null;
}

export interface AssessmentFact {
  year: number;
  grade: AssessmentGrade;
}

export interface SanctionFact {
  id?: string;
  kind: SanctionKind;
  decidedOn: Date;
  /** 影响期 inclusive last day. null: unknown, treated as still in effect (the safe reading). */
  effectEndsOn?: Date | null;
  /** 容错纠错 (D20-MGMT-ERROR-TOLERANCE): never counts against the cadre. */
  tolerated?: boolean;
  revokedAt?: Date | null;
}

export interface FamilyMemberFact {
  relation: FamilyRelation;
  deceased?: boolean;
  emigrated?: boolean;
}

export interface PersonalMattersReportFact {
  year: number;
  /** 漏报/瞒报 found (ZZ15-PMR). */
  falseOrMissing: boolean;
}

export interface TrainingFact {
  id?: string;
  kind: TrainingKind;
  startDate: Date;
  endDate: Date;
  hours: number;
  /** 脱产 */
  fullTimeOffJob: boolean;
  completed: boolean;
}

export interface PracticeFact {
  id?: string;
  kind: PracticeKind;
  hostUnitType?: UnitType | null;
  startDate: Date;
  plannedEndDate?: Date | null;
  actualEndDate?: Date | null;
  specialAssessedOn?: Date | null;
}

export interface TalkFact {
  kind: TalkKind;
  talkedOn: Date;
  /** D20-MGMT-RECORD: a problem recorded (自我设计、攀附钻营、拈轻怕重 …). */
  problemRecorded?: boolean;
  /** D20-MGMT-ERROR-TOLERANCE: a tolerated mistake, never counted. */
  errorTolerated?: boolean;
}

export interface CadreFacts {
  id: string;
  birthDate: Date;
  gender: Gender;
  /** Chinese name of the ethnic group; 汉族 is not a minority. */
  ethnicity: string;
  politicalStatus: PoliticalStatus;
  education: EducationRecordFact[];
  /** Current 职务层次 and 职级: a past asOf reads rankRecords and the appointments instead. */
  rank?: Rank | null;
  rankSince?: Date | null;
  grade?: Grade | null;
  gradeSince?: Date | null;
  /**
   * The 职务层次/职级 history. Absent (older callers, hand-built facts): read as one period of
   * the current rank from rankSince (unknown start: always held) and of the grade from gradeSince.
   */
  rankRecords?: RankRecordFact[];
  /** null: not yet known (待补充, e.g. a cadre imported from an LRMX file) */
  establishmentType: EstablishmentType | null;
  status: CadreStatus;
  health: HealthStatus;
  /** Type of the cadre's current unit (SS12-ELIG-STAFF: 机关事业单位, not 国企). */
  unitType?: UnitType | null;
  /** 参加工作时间 (NAT-EXP). */
  workStartDate?: Date | null;
  appointments: CadreAppointmentFact[];
  assessments: AssessmentFact[];
  sanctions: SanctionFact[];
  familyMembers: FamilyMemberFact[];
  /** 群众公认度不高 (ZZ15-EXCL), recorded by the committee. */
  lowPublicRecognition?: boolean;
  /** 跑官、拉票 (ZZ15-EXCL). */
  canvassingRecorded?: boolean;
  /** 其他原因不宜提拔 (ZZ15-EXCL); non-empty means excluded. */
  otherExclusionNote?: string | null;
  personalMattersReports: PersonalMattersReportFact[];
  trainings?: TrainingFact[];
  practices?: PracticeFact[];
  talks?: TalkFact[];
  /** Entered through competitive selection or exchange (SS12-FAST-TRACK). */
  foundByCompetitiveSelection?: boolean;
}
