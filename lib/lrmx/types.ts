// One 任免审批表 as read from (or written to) an LRMX/LRM file: the typed draft the import
// turns into cadre records and the export builds from them. Dates are LooseDates (`YYYY-MM`
// or `YYYY-MM-DD`), keeping the precision the file had.
import type { Gender, HealthStatus, PoliticalStatus } from "@/lib/domain/enums";
import type { AssessmentDraft } from "./assessments";
import type { EducationDraft } from "./education";
import type { FamilyMemberDraft } from "./family";
import type { LooseDate } from "./loose-date";
import type { ResumeLine } from "./resume";

export interface LrmxPhoto {
  mime: "image/jpeg" | "image/png" | "image/gif" | "image/bmp";
  base64: string;
}

export interface LrmxDraft {
  name: string;
  gender: Gender | null;
  birth: LooseDate | null;
  ethnicity: string | null;
  nativePlace: string | null;
  birthplace: string | null;
  /** 入党时间 (for a 民主党派 member, the date of joining that party) */
  partyJoin: LooseDate | null;
  /** the 民主党派 named after the date (`200105；民盟`) */
  democraticParty: string | null;
  /** read from 入党时间: a date alone means 中共党员, a party name 民主党派, blank unknown */
  politicalStatus: PoliticalStatus | null;
  workStart: LooseDate | null;
  health: HealthStatus | null;
  professionalTitle: string | null;
  expertise: string | null;
  fullTimeEducation: EducationDraft | null;
  partTimeEducation: EducationDraft | null;
  currentPost: string | null;
  proposedPost: string | null;
  proposedRemoval: string | null;
  resume: ResumeLine[];
  rewardsAndPunishments: string | null;
  assessments: AssessmentDraft[];
  appointmentReason: string | null;
  family: FamilyMemberDraft[];
  reportingUnit: string | null;
  /** 计算年龄时间 */
  ageReferenceDate: LooseDate | null;
  filledOn: LooseDate | null;
  filledBy: string | null;
  /** normalized 身份证号 exactly as the file gave it (checked by the importer) */
  idNumber: string | null;
  photo: LrmxPhoto | null;
  version: string | null;
  /** 到龄年月 (newer files); read, never stored — the rules engine computes it */
  retirementMonth: LooseDate | null;
}

export type LrmxParseResult = { ok: true; draft: LrmxDraft; warnings: string[] } | { ok: false; message: string };

/** Upper bound for one LRMX/LRM file (photos included); larger files are refused unread. */
export const MAX_LRMX_BYTES = 5 * 1024 * 1024;
