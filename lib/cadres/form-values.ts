// Database rows → the string values the cadre forms edit ("" for empty, YYYY-MM-DD dates).
import { assessmentGradeLabel, educationLevelLabel } from "@/lib/labels";
import { degreeText } from "@/lib/lrmx/education";
import type { EditableRecord } from "@/components/cadres/record-editor";
import { formatDate } from "@/lib/format/dates";
import type { CadreView } from "@/lib/server/cadres/profile";

export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export function basicValues(c: CadreView) {
  return {
    id: c.id,
    version: c.version,
    name: c.name,
    gender: c.gender,
    birthDate: iso(c.birthDate),
    idNumber: "",
    ethnicity: c.ethnicity,
    nativePlace: c.nativePlace ?? "",
    birthplace: c.birthplace ?? "",
    politicalStatus: c.politicalStatus,
    partyJoinDate: iso(c.partyJoinDate),
    democraticParty: c.democraticParty ?? "",
    workStartDate: iso(c.workStartDate),
    health: c.health,
    professionalTitle: c.professionalTitle ?? "",
    expertise: c.expertise ?? "",
    familiarDomains: c.familiarDomains.join("、"),
    rank: c.rank ?? "",
    rankSince: iso(c.rankSince),
    grade: c.grade ?? "",
    gradeSince: iso(c.gradeSince),
    establishmentType: c.establishmentType ?? "",
    status: c.status,
    unitId: c.unitId ?? "",
    currentPostTitle: c.currentPostTitle ?? "",
  } as const;
}

export function educationRecords(c: CadreView): EditableRecord[] {
  return c.educationRecords.map((e) => ({
    id: e.id,
    version: e.version,
    summary: `${e.fullTime ? "全日制" : "在职"} ${educationLevelLabel[e.level]}${e.degree !== "NONE" ? `・${degreeText(e.degree, e.degreeDiscipline)}` : ""} ${e.school}${e.major ?? ""}`,
    values: {
      level: e.level,
      degree: e.degree,
      fullTime: e.fullTime,
      school: e.school,
      major: e.major ?? "",
      startDate: iso(e.startDate),
      graduationDate: iso(e.graduationDate),
      degreeDiscipline: e.degreeDiscipline ?? "",
    },
  }));
}

export function appointmentRecords(c: CadreView): EditableRecord[] {
  return [...c.appointments].reverse().map((a) => ({
    id: a.id,
    version: a.version,
    summary: `${formatDate(a.startDate)}—${a.endDate ? formatDate(a.endDate) : "至今"} ${a.post.unit.name}${a.post.title}`,
    values: {
      unitId: a.post.unitId,
      postId: a.postId,
      startDate: iso(a.startDate),
      endDate: iso(a.endDate),
      endReason: a.endReason ?? "",
      documentNo: a.documentNo ?? "",
      note: a.note ?? "",
    },
  }));
}

/** Call only when the view holds the assessments (the reader is cleared for them). */
export function assessmentRecords(c: CadreView): EditableRecord[] {
  return [...(c.assessments ?? [])].reverse().map((a) => ({
    id: a.id,
    version: a.version,
    summary: `${a.year}年度 ${assessmentGradeLabel[a.grade]}`,
    values: { year: a.year, grade: a.grade, note: a.note ?? "" },
  }));
}
