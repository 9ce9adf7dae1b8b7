// A cadre's record → the LrmxDraft the LRMX writer turns into a file for the central form
// editor: the same 简历, 奖惩情况 and education cells as the printed form, the last three years
// of assessments, the family with 称谓 spelled for the cadre's gender, and the reference date
// of printed ages chosen by the user. Pure.
import type {
  AssessmentGrade,
  Degree,
  EducationLevel,
  FamilyRelation,
  Gender,
  HealthStatus,
  PoliticalStatus,
} from "@/lib/domain/enums";
import { educationLevelLabel, politicalStatusLabel } from "@/lib/labels";
import type { StoredApprovalForm } from "@/lib/import/approval-form-patch";
import { highestOf } from "@/lib/import/education-ops";
import { degreeText, type EducationDraft } from "@/lib/lrmx/education";
import { relationTitle } from "@/lib/lrmx/family";
import { dateToLoose, type LooseDate } from "@/lib/lrmx/loose-date";
import { bytesToBase64, imageMime } from "@/lib/lrmx/person-fields";
import type { LrmxDraft } from "@/lib/lrmx/types";
import { formResumeLines, rewardsAndPunishmentsText, type FormSanction } from "./form-resume";
import type { ResumeAppointment } from "./resume";

export interface CadreRecordForForm {
  name: string;
  gender: Gender;
  birthDate: Date;
  ethnicity: string;
  nativePlace: string | null;
  birthplace: string | null;
  politicalStatus: PoliticalStatus;
  partyJoinDate: Date | null;
  democraticParty: string | null;
  workStartDate: Date | null;
  health: HealthStatus;
  professionalTitle: string | null;
  expertise: string | null;
  currentPostTitle: string | null;
  rewardsAndPunishments: string | null;
  resumeLines: unknown;
  photo: Uint8Array | null;
  educationRecords: Array<{
    id: string;
    fullTime: boolean;
    level: EducationLevel;
    degree: Degree;
    degreeDiscipline?: string | null;
    school: string;
    major: string | null;
    startDate: Date | null;
    graduationDate: Date | null;
  }>;
  appointments: ResumeAppointment[];
  assessments: Array<{ year: number; grade: AssessmentGrade }>;
  sanctions: FormSanction[];
  familyMembers: Array<{
    relation: FamilyRelation;
    name: string;
    birthDate: Date | null;
    politicalStatus: PoliticalStatus | null;
    workplaceAndPost: string | null;
    deceased: boolean;
  }>;
  /** the form's second half (拟任/拟免/任免理由/呈报单位/填表人/填表时间/计算年龄时间), if any */
  approvalForm?: Omit<StoredApprovalForm, "id" | "version"> | null;
}

export interface FormOptions {
  /** 计算年龄时间, chosen by the user */
  asOf: Date;
  filledOn: Date;
  filledBy: string | null;
  /** the plain 身份证号, when the cadre has one */
  idNumber: string | null;
  reportingUnit?: string | null;
}

const loose = (d: Date | null): LooseDate | null => (d ? dateToLoose(d) : null);

function education(records: CadreRecordForForm["educationRecords"], fullTime: boolean): EducationDraft | null {
  const r = highestOf(records, fullTime);
  if (!r) return null;
  return {
    levelText: educationLevelLabel[r.level],
    level: r.level,
    degreeText: degreeText(r.degree, r.degreeDiscipline),
    degree: r.degree,
    degreeDiscipline: r.degree === "NONE" ? null : (r.degreeDiscipline ?? null),
    school: r.school,
    major: r.major,
  };
}

/**
 * The stored form's values win over the export's own (the reference date chosen, today, the
 * exporting user): a form imported or filled in keeps its 计算年龄时间 and 填表人 when written
 * back out, so an export → import round trip changes nothing.
 */
export function lrmxDraftFromRecord(c: CadreRecordForForm, o: FormOptions): LrmxDraft {
  const mime = c.photo ? imageMime(c.photo) : null;
  const form = c.approvalForm ?? null;
  return {
    name: c.name,
    gender: c.gender,
    birth: dateToLoose(c.birthDate),
    ethnicity: c.ethnicity,
    nativePlace: c.nativePlace,
    birthplace: c.birthplace,
    partyJoin: loose(c.partyJoinDate),
    democraticParty: c.democraticParty,
    politicalStatus: c.politicalStatus,
    workStart: loose(c.workStartDate),
    health: c.health,
    professionalTitle: c.professionalTitle,
    expertise: c.expertise,
    fullTimeEducation: education(c.educationRecords, true),
    partTimeEducation: education(c.educationRecords, false),
    currentPost: c.currentPostTitle,
    proposedPost: form?.proposedPost ?? null,
    proposedRemoval: form?.proposedRemoval ?? null,
    resume: formResumeLines(c.resumeLines, c.educationRecords, c.appointments),
    rewardsAndPunishments: rewardsAndPunishmentsText(c.rewardsAndPunishments, c.sanctions),
    assessments: [...c.assessments].sort((a, b) => a.year - b.year).slice(-3),
    appointmentReason: form?.reason ?? null,
    family: c.familyMembers.map((m) => ({
      title: relationTitle(m.relation, c.gender),
      relation: m.relation,
      name: m.name,
      birth: loose(m.birthDate),
      politicalStatusText: m.politicalStatus ? politicalStatusLabel[m.politicalStatus] : "",
      politicalStatus: m.politicalStatus,
      workplaceAndPost: m.workplaceAndPost,
      deceased: m.deceased,
    })),
    reportingUnit: form?.reportingUnit ?? o.reportingUnit ?? null,
    ageReferenceDate: dateToLoose(form?.ageReferenceDate ?? o.asOf),
    filledOn: dateToLoose(form?.preparedOn ?? o.filledOn),
    filledBy: form?.preparedBy ?? o.filledBy,
    idNumber: o.idNumber,
    photo: c.photo && mime ? { mime, base64: bytesToBase64(c.photo) } : null,
    version: null,
    retirementMonth: null,
  };
}
