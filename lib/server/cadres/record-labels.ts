import "server-only";
// Chinese names of the fields of education, appointment and assessment records, as their
// editors label them, and how their stored values read (enum labels from lib/labels): what a
// conflict after a stale save shows.
import { appointmentEndReasonLabel, assessmentGradeLabel, degreeLabel, educationLevelLabel } from "@/lib/labels";
import { labelFormat, type Formatter } from "./conflict";

export type RecordKind = "EducationRecord" | "Appointment" | "Assessment";

export const RECORD_FIELD_LABELS: Record<RecordKind, Record<string, string>> = {
  EducationRecord: {
    level: "学历",
    degree: "学位",
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
};

export const RECORD_FORMATS: Record<RecordKind, Record<string, Formatter>> = {
  EducationRecord: { level: labelFormat(educationLevelLabel), degree: labelFormat(degreeLabel) },
  Appointment: { endReason: labelFormat(appointmentEndReasonLabel) },
  Assessment: { grade: labelFormat(assessmentGradeLabel) },
};

/** The audit actions that change a record of each kind (the editors here, and 免职 in 单位). */
export const RECORD_WRITE_ACTIONS: Record<RecordKind, readonly string[]> = {
  EducationRecord: ["education.update"],
  Appointment: ["appointment.update", "appointment.end"],
  Assessment: ["assessment.update"],
};
