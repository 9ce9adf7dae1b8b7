// What the 任免审批表 prints, as text, from the cadre's labelled view and the form's second half
// (ApprovalForm). Withheld sets (the reader's clearance) stay null and print their refusal.
import { formResumeLines, rewardsAndPunishmentsText } from "@/lib/cadres/form-resume";
import type { FormContent } from "@/lib/cadres/approval-form/layout";
import { FRONT } from "@/lib/cadres/approval-form/geometry";
import { toDotted } from "@/lib/lrmx/loose-date";
import { formatDateLong, formatYearMonth } from "@/lib/format/dates";
import {
  assessmentGradeLabel,
  degreeLabel,
  educationLevelLabel,
  familyRelationLabelFor,
  genderLabel,
  healthStatusLabel,
  politicalStatusLabel,
} from "@/lib/labels";
import { ageOn, educationRank } from "@/lib/rules";
import type { CadreView } from "@/lib/server/cadres/profile";
import type { ApprovalFormView } from "@/lib/server/approval-forms";

type EducationRecord = CadreView["educationRecords"][number];

function highest(records: EducationRecord[], fullTime: boolean): EducationRecord | null {
  return (
    records.filter((r) => r.fullTime === fullTime).sort((a, b) => educationRank(b.level) - educationRank(a.level))[0] ??
    null
  );
}

/** 「大学本科」 and under it the degree: 「经济学学士」 with its discipline, else 「学士学位」. */
export function educationText(r: EducationRecord | null): string {
  if (!r) return "";
  const degree =
    r.degree === "NONE"
      ? ""
      : r.degreeDiscipline
        ? `${r.degreeDiscipline}${degreeLabel[r.degree]}`
        : `${degreeLabel[r.degree]}学位`;
  return degree ? `${educationLevelLabel[r.level]}\n${degree}` : educationLevelLabel[r.level];
}

export function schoolText(r: EducationRecord | null): string {
  return r ? `${r.school}${r.major ? `${r.major}专业` : ""}` : "";
}

/** 入党时间, or for a cadre outside the CPC the political status itself (every value of the table). */
export function partyCellText(c: Pick<CadreView, "partyJoinDate" | "politicalStatus" | "democraticParty">): string {
  if (c.partyJoinDate) return formatYearMonth(c.partyJoinDate);
  if (c.politicalStatus === "DEMOCRATIC_PARTY") return c.democraticParty ?? politicalStatusLabel.DEMOCRATIC_PARTY;
  return politicalStatusLabel[c.politicalStatus];
}

export interface FormFields {
  name: string;
  gender: string;
  birth: string;
  ethnicity: string;
  nativePlace: string;
  birthplace: string;
  party: string;
  workStart: string;
  health: string;
  professionalTitle: string;
  expertise: string;
  fullTimeEducation: string;
  fullTimeSchool: string;
  partTimeEducation: string;
  partTimeSchool: string;
  reportingUnit: string;
  reportedOn: string;
  approvalOpinion: string;
  administrativeOpinion: string;
  preparedBy: string;
  preparedOn: string;
  photo: string | null;
}

export function buildForm(
  cadre: CadreView,
  form: ApprovalFormView | null,
  printedOn: Date,
): { fields: FormFields; content: FormContent } {
  // ages on the form's 计算年龄时间 when one is set, else on the day of printing
  const asOf = form?.ageReferenceDate ?? printedOn;
  const ft = highest(cadre.educationRecords, true);
  const pt = highest(cadre.educationRecords, false);
  const fields: FormFields = {
    name: cadre.name,
    gender: genderLabel[cadre.gender],
    birth: `${formatYearMonth(cadre.birthDate)}\n（${ageOn(cadre.birthDate, asOf)}岁）`,
    ethnicity: cadre.ethnicity,
    nativePlace: cadre.nativePlace ?? "",
    birthplace: cadre.birthplace ?? "",
    party: partyCellText(cadre),
    workStart: formatYearMonth(cadre.workStartDate),
    health: healthStatusLabel[cadre.health],
    professionalTitle: cadre.professionalTitle ?? "",
    expertise: cadre.expertise ?? "",
    fullTimeEducation: educationText(ft),
    fullTimeSchool: schoolText(ft),
    partTimeEducation: educationText(pt),
    partTimeSchool: schoolText(pt),
    reportingUnit: form?.reportingUnit ?? "",
    reportedOn: form?.reportedOn ? formatDateLong(form.reportedOn) : "",
    approvalOpinion: form?.approvalOpinion ?? "",
    administrativeOpinion: form?.administrativeOpinion ?? "",
    preparedBy: form?.preparedBy ?? "",
    preparedOn: form?.preparedOn ? formatDateLong(form.preparedOn) : "",
    photo:
      cadre.photo && cadre.photoMime
        ? `data:${cadre.photoMime};base64,${Buffer.from(cadre.photo).toString("base64")}`
        : null,
  };
  const w = FRONT.value;
  const resume = formResumeLines(
    cadre.resumeLines,
    cadre.educationRecords,
    cadre.appointments.map((a) => ({
      startDate: a.startDate,
      endDate: a.endDate,
      unitName: a.post.unit.name,
      title: a.post.title,
    })),
  ).map((l) => ({ period: `${toDotted(l.start)}—${l.end ? toDotted(l.end) : ""}`, text: l.text, notes: l.notes }));
  const content: FormContent = {
    name: cadre.name,
    basicCells: [
      [
        { value: fields.name, widthMm: w.narrow },
        { value: fields.gender, widthMm: w.narrow },
        { value: fields.birth, widthMm: w.wide },
      ],
      [
        { value: fields.ethnicity, widthMm: w.narrow },
        { value: fields.nativePlace, widthMm: w.narrow },
        { value: fields.birthplace, widthMm: w.wide },
      ],
      [
        { value: fields.party, widthMm: w.narrow },
        { value: fields.workStart, widthMm: w.narrow },
        { value: fields.health, widthMm: w.wide },
      ],
      [
        { value: fields.professionalTitle, widthMm: w.title },
        { value: fields.expertise, widthMm: w.expertise },
      ],
    ],
    educationCells: [
      [
        { value: fields.fullTimeEducation, widthMm: w.education },
        { value: fields.fullTimeSchool, widthMm: w.school },
      ],
      [
        { value: fields.partTimeEducation, widthMm: w.education },
        { value: fields.partTimeSchool, widthMm: w.school },
      ],
    ],
    currentPost: cadre.currentPostTitle ?? "",
    proposedPost: form?.proposedPost ?? "",
    proposedRemoval: form?.proposedRemoval ?? "",
    resume,
    rewards: cadre.sanctions ? rewardsAndPunishmentsText(cadre.rewardsAndPunishments ?? null, cadre.sanctions) : null,
    assessments: cadre.assessments
      ? cadre.assessments
          .slice(-3)
          .map((a) => `${a.year}年度${assessmentGradeLabel[a.grade]}`)
          .join("；")
      : null,
    reason: form?.reason ?? "",
    approvalOpinion: fields.approvalOpinion,
    administrativeOpinion: fields.administrativeOpinion,
    family: cadre.familyMembers.map((f) => ({
      relation: familyRelationLabelFor(f.relation, cadre.gender),
      name: f.name,
      age: f.deceased ? "已故" : f.birthDate ? String(ageOn(f.birthDate, asOf)) : "",
      politicalStatus: f.politicalStatus ? politicalStatusLabel[f.politicalStatus] : "",
      workplace: `${f.deceased ? "" : (f.workplaceAndPost ?? "")}${f.emigrated ? `（已移居${f.emigratedTo ?? "国（境）外"}）` : ""}`,
    })),
  };
  return { fields, content };
}
