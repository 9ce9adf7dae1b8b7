// A 任免审批表 read from a file (LrmxDraft) against the stored cadre: the cadre columns as a
// CadrePatch (compared by cadre-patch.ts), and the parts of a form that live elsewhere — 简历
// lines the record does not generate, family members, yearly assessments, the photo — as
// changes for the report and operations for the write. Like every import: fills and
// corrects, never removes. Pure.
import type { AssessmentGrade, FamilyRelation, PoliticalStatus } from "@/lib/domain/enums";
import { assessmentGradeLabel, politicalStatusLabel } from "@/lib/labels";
import type { AssessmentDraft } from "@/lib/lrmx/assessments";
import type { FamilyMemberDraft } from "@/lib/lrmx/family";
import { looseDateToDate, sameAsStored } from "@/lib/lrmx/loose-date";
import type { ResumeLine } from "@/lib/lrmx/resume";
import { formatYearMonth } from "@/lib/format/dates";
import { storedResumeLines, withoutGenerated } from "@/lib/cadres/form-resume";
import type { FieldChange } from "./report";
import { diffResumeLines } from "./resume-diff";

export interface FamilyData {
  relation: FamilyRelation;
  name: string;
  birthDate: Date | null;
  politicalStatus: PoliticalStatus | null;
  workplaceAndPost: string | null;
  deceased: boolean;
  sortOrder: number;
}

// Updates carry the version the dry run read; the write refuses a row changed since.
export type FamilyOp =
  { kind: "create"; data: FamilyData } | { kind: "update"; id: string; version: number; data: Partial<FamilyData> };

/** A year's grade to write: `version` of the stored assessment it corrects, absent for a new year. */
export type AssessmentOp = AssessmentDraft & { version?: number };

export interface StoredFamilyMember extends Omit<FamilyData, "sortOrder"> {
  id: string;
  version: number;
}

export interface StoredFormParts {
  resumeLines: unknown;
  photo: Uint8Array | null;
  familyMembers: StoredFamilyMember[];
  assessments: Array<{ year: number; grade: AssessmentGrade; version: number }>;
}

export interface FormParts {
  /** Cadre columns besides those of CadrePatch: resumeLines, photo, photoMime */
  data: Record<string, unknown>;
  family: FamilyOp[];
  assessments: AssessmentOp[];
}

const memberText = (m: {
  birthDate: Date | null;
  politicalStatus: PoliticalStatus | null;
  workplaceAndPost: string | null;
  deceased: boolean;
}) =>
  [
    formatYearMonth(m.birthDate),
    m.politicalStatus ? politicalStatusLabel[m.politicalStatus] : "",
    m.deceased ? "已去世" : (m.workplaceAndPost ?? ""),
  ]
    .filter(Boolean)
    .join(" ");

export function familyData(m: FamilyMemberDraft, index: number): FamilyData {
  return {
    relation: m.relation,
    name: m.name,
    birthDate: m.birth ? looseDateToDate(m.birth) : null,
    politicalStatus: m.politicalStatus,
    workplaceAndPost: m.workplaceAndPost,
    deceased: m.deceased,
    sortOrder: index + 1,
  };
}

function familyOps(
  file: readonly FamilyMemberDraft[],
  stored: readonly StoredFamilyMember[],
  changes: FieldChange[],
): FamilyOp[] {
  const ops: FamilyOp[] = [];
  file.forEach((m, i) => {
    if (!m.name) return;
    const label = `家庭成员（${m.title || "其他"}${m.name}）`;
    const s = stored.find((x) => x.relation === m.relation && x.name === m.name);
    const wanted = familyData(m, stored.length + i);
    if (!s) {
      ops.push({ kind: "create", data: wanted });
      return void changes.push({ label, from: "", to: memberText(wanted) || "新增" });
    }
    const data: Partial<FamilyData> = {};
    if (m.birth && !sameAsStored(m.birth, s.birthDate)) data.birthDate = wanted.birthDate;
    if (m.politicalStatus && m.politicalStatus !== s.politicalStatus) data.politicalStatus = m.politicalStatus;
    if (m.workplaceAndPost && m.workplaceAndPost !== s.workplaceAndPost) data.workplaceAndPost = m.workplaceAndPost;
    if ((m.deceased || m.workplaceAndPost) && m.deceased !== s.deceased) data.deceased = m.deceased;
    if (!Object.keys(data).length) return;
    ops.push({ kind: "update", id: s.id, version: s.version, data });
    changes.push({ label, from: memberText(s), to: memberText({ ...s, ...data }) });
  });
  return ops;
}

function assessmentOps(
  file: readonly AssessmentDraft[],
  stored: StoredFormParts["assessments"],
  changes: FieldChange[],
): AssessmentOp[] {
  const ops: AssessmentOp[] = [];
  for (const a of file) {
    const s = stored.find((x) => x.year === a.year);
    if (s?.grade === a.grade) continue;
    changes.push({
      label: `${a.year}年度考核`,
      from: s ? assessmentGradeLabel[s.grade] : "",
      to: assessmentGradeLabel[a.grade],
    });
    ops.push(s ? { ...a, version: s.version } : a);
  }
  return ops;
}

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The form parts of a file against a stored cadre (null when creating). `generated` are the
 * 简历 lines the stored record already produces (appointments, full-time study).
 */
export function diffFormParts(
  file: {
    resume: ResumeLine[];
    family: FamilyMemberDraft[];
    assessments: AssessmentDraft[];
    photo: { mime: string; bytes: Uint8Array } | null;
  },
  stored: StoredFormParts | null,
  generated: readonly ResumeLine[],
  changes: FieldChange[],
): FormParts {
  const data: Record<string, unknown> = {};
  const fileLines = withoutGenerated(file.resume, generated);
  const storedLines = withoutGenerated(storedResumeLines(stored?.resumeLines ?? []), generated);
  if (fileLines.length && JSON.stringify(fileLines) !== JSON.stringify(storedLines)) {
    data.resumeLines = fileLines;
    const lines = diffResumeLines(storedLines, fileLines);
    // a new record's 简历 is one line of the report, not one per entry
    if (stored) changes.push(...lines);
    else changes.push({ label: "简历", from: "", to: `${fileLines.length} 条` });
  }
  if (file.photo && !sameBytes(stored?.photo ?? null, file.photo.bytes)) {
    data.photo = file.photo.bytes;
    data.photoMime = file.photo.mime;
    changes.push({ label: "照片", from: stored?.photo ? "原照片" : "", to: "文件中的照片" });
  }
  return {
    data,
    family: familyOps(file.family, stored?.familyMembers ?? [], changes),
    assessments: assessmentOps(file.assessments, stored?.assessments ?? [], changes),
  };
}
