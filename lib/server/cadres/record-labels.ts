import "server-only";
// Chinese names of the fields of education, appointment and assessment records, as their
// editors label them, and how their stored values read (enum labels from lib/labels): what a
// conflict after a stale save shows.
import {
  appointmentEndReasonLabel,
  assessmentGradeLabel,
  degreeLabel,
  educationLevelLabel,
  familyRelationLabel,
  gradeLabel,
  politicalStatusLabel,
  rankLabel,
  sanctionKindLabel,
} from "@/lib/labels";
import { labelFormat, type Formatter } from "./conflict";

export type RecordKind =
  | "EducationRecord"
  | "Appointment"
  | "Assessment"
  | "FamilyMember"
  | "Sanction"
  | "PersonalMattersReport"
  | "RankRecord";

export const RECORD_FIELD_LABELS: Record<RecordKind, Record<string, string>> = {
  EducationRecord: {
    level: "学历",
    degree: "学位",
    degreeDiscipline: "学位的学科门类",
    fullTime: "全日制",
    school: "毕业院校",
    major: "专业",
    startDate: "入学时间",
    graduationDate: "毕业时间",
    is985: "985",
    is211: "211",
    isDoubleFirstClass: "双一流",
  },
  Appointment: {
    postId: "职位",
    startDate: "任职时间",
    documentNo: "任职文号",
    endDate: "离任时间",
    endReason: "离任方式",
    note: "备注",
  },
  Assessment: { year: "考核年度", grade: "考核等次", note: "备注" },
  FamilyMember: {
    relation: "称谓",
    name: "姓名",
    birthDate: "出生日期",
    politicalStatus: "政治面貌",
    workplaceAndPost: "工作单位及职务",
    deceased: "已故",
    sortOrder: "排序",
    emigrated: "已移居国（境）外",
    emigratedTo: "移居国家（地区）",
    emigratedOn: "移居时间",
    archivedAt: "作废",
  },
  Sanction: {
    kind: "种类",
    decidedOn: "决定时间",
    effectEndsOn: "影响期截止日",
    authority: "决定机关",
    reason: "事由",
    tolerated: "容错免责",
    revokedAt: "撤销时间",
    archivedAt: "作废",
  },
  PersonalMattersReport: {
    year: "报告年度",
    submittedOn: "报告时间",
    checked: "已查核",
    falseOrMissing: "漏报、瞒报",
    note: "情况说明",
    archivedAt: "作废",
  },
  RankRecord: {
    rank: "职务层次",
    grade: "职级",
    startDate: "起始时间",
    endDate: "截止时间",
    documentNo: "文号",
    note: "备注",
    archivedAt: "作废",
  },
};

/** Fields of the family-member set labelled familyAbroad: a conflict leaves them out for an uncleared editor. */
export const FAMILY_ABROAD_FIELDS = ["emigrated", "emigratedTo", "emigratedOn"] as const;

export const RECORD_FORMATS: Record<RecordKind, Record<string, Formatter>> = {
  EducationRecord: { level: labelFormat(educationLevelLabel), degree: labelFormat(degreeLabel) },
  Appointment: { endReason: labelFormat(appointmentEndReasonLabel) },
  Assessment: { grade: labelFormat(assessmentGradeLabel) },
  FamilyMember: { relation: labelFormat(familyRelationLabel), politicalStatus: labelFormat(politicalStatusLabel) },
  Sanction: { kind: labelFormat(sanctionKindLabel) },
  PersonalMattersReport: {},
  RankRecord: { rank: labelFormat(rankLabel), grade: labelFormat(gradeLabel) },
};

/** The audit actions that change a record of each kind (the editors here, and 免职 in 单位). */
export const RECORD_WRITE_ACTIONS: Record<RecordKind, readonly string[]> = {
  EducationRecord: ["education.update"],
  Appointment: ["appointment.update", "appointment.end"],
  Assessment: ["assessment.update"],
  FamilyMember: ["family.update", "family.archive"],
  Sanction: ["sanction.update", "sanction.archive"],
  PersonalMattersReport: ["personalMatters.update", "personalMatters.archive"],
  RankRecord: ["rankRecord.update", "rankRecord.archive"],
};
