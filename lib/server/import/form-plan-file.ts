import "server-only";
// One 任免审批表 file of an import against the stored record: the update it makes to a cadre
// (also used for the possible duplicates the user may confirm as the same person) and the
// create of a new cadre. Values a file does not carry are not invented: no 编制类型 (left
// 待补充), no 民族 (an error), no 健康状况 or 入党时间 (a warning naming the value used).
import { namePinyinOf } from "@/lib/format/name-pinyin";
import { diffApprovalForm, approvalFormBefore } from "@/lib/import/approval-form-patch";
import { diffCadre } from "@/lib/import/cadre-patch";
import { diffEducation, highestFullTimeLevelAfter } from "@/lib/import/education-ops";
import type { CheckedForm } from "@/lib/import/form-draft";
import { formPatch } from "@/lib/import/form-draft";
import { diffFormParts, familyData } from "@/lib/import/form-patch";
import type { FieldChange, PlannedUpdate } from "@/lib/import/report";
import type { LrmxDraft } from "@/lib/lrmx";
import { base64Bytes } from "@/lib/lrmx/person-fields";
import { looseDateToDate } from "@/lib/lrmx/loose-date";
import type { SchoolMatcher } from "@/lib/schools/match-school";
import type { StoredForm } from "./form-cadres";
import { newId, type PlanCreate, type PlanUpdate } from "./plan";
import type { UnitResolver } from "./unit-resolver";

export interface FormContext {
  units: UnitResolver;
  match: SchoolMatcher;
}

export interface FileInput {
  file: string;
  draft: LrmxDraft;
  check: CheckedForm;
  idMasked: string;
  warnings: string[];
}

const photoOf = (d: LrmxDraft) => (d.photo ? { mime: d.photo.mime, bytes: base64Bytes(d.photo.base64) } : null);
const fileParts = (d: LrmxDraft) => ({
  resume: d.resume,
  family: d.family,
  assessments: d.assessments,
  photo: photoOf(d),
});

/** The update a file makes to `stored`; null when it changes nothing. */
export function planFormUpdate(ctx: FormContext, f: FileInput, stored: StoredForm): PlanUpdate | null {
  const { draft: d, check: c } = f;
  const patch = formPatch(d, c, stored, f.warnings);
  const diff = diffCadre(stored, patch, (id) => ctx.units.nameOf(id), ctx.match);
  const parts = diffFormParts(fileParts(d), stored, stored.generatedResume, diff.changes);
  const approvalForm = diffApprovalForm(d, stored.approvalForm, diff.changes);
  if (!diff.changes.length) return null;
  const data: Record<string, unknown> = { ...diff.data, ...parts.data };
  if (data.name) Object.assign(data, namePinyinOf(d.name));
  if (diff.education.length)
    data.highestFullTimeLevel = highestFullTimeLevelAfter(stored.educationRecords, diff.education);
  const before = Object.fromEntries(
    Object.keys(data).map((k) => [k, (stored as unknown as Record<string, unknown>)[k] ?? null]),
  );
  const summary: PlannedUpdate = {
    file: f.file,
    name: d.name,
    idMasked: f.idMasked,
    unitName: ctx.units.nameOf(stored.unitId),
    cadreId: stored.id,
    changes: diff.changes,
    warnings: f.warnings,
  };
  return {
    summary,
    cadreId: stored.id,
    version: stored.version,
    before,
    ...(approvalForm ? { approvalFormBefore: approvalFormBefore(stored.approvalForm, approvalForm.data) } : {}),
    data,
    education: diff.education,
    family: parts.family,
    assessments: parts.assessments,
    approvalForm,
  };
}

/** A new cadre from a file, or the issues that stop it (column, value, message). */
export function planFormCreate(
  ctx: FormContext,
  f: FileInput,
  unit: { id: string; name: string },
): PlanCreate | { issues: Array<[string, string, string]> } {
  const { draft: d, check: c } = f;
  if (!c.ethnicity)
    return { issues: [["民族", d.ethnicity ?? "", "文件中没有民族，新建干部必须填写（请在文件中补上后重新导入）"]] };
  const warnings = f.warnings;
  const patch = formPatch(d, c, null, warnings);
  if (!patch.politicalStatus) warnings.push("入党时间为空，政治面貌按“群众”登记，请核实");
  if (!patch.health) warnings.push("文件中没有健康状况，按“健康”登记，请核实");
  warnings.push("任免审批表不含编制类型：已留空（待补充），请在干部信息中选择");
  const education = diffEducation([], patch.fullTime, patch.partTime, [], ctx.match);
  const parts = diffFormParts(fileParts(d), null, [], []);
  const changes: FieldChange[] = [];
  const approvalForm = diffApprovalForm(d, null, changes);
  const date = (v: string | undefined) => (v ? looseDateToDate(v) : null);
  return {
    summary: { file: f.file, name: d.name, idMasked: f.idMasked, unitName: unit.name, warnings },
    idNumber: c.idNumber,
    data: {
      id: newId(),
      name: d.name,
      ...namePinyinOf(d.name),
      gender: c.gender,
      birthDate: looseDateToDate(c.birth!),
      ethnicity: c.ethnicity,
      politicalStatus: patch.politicalStatus ?? "MASSES",
      democraticParty: patch.democraticParty ?? null,
      unitId: unit.id,
      nativePlace: patch.nativePlace ?? null,
      birthplace: patch.birthplace ?? null,
      partyJoinDate: date(patch.partyJoin),
      workStartDate: date(patch.workStart),
      health: patch.health ?? "HEALTHY",
      establishmentType: null,
      currentPostTitle: patch.currentPostTitle ?? null,
      professionalTitle: patch.professionalTitle ?? null,
      expertise: patch.expertise ?? null,
      rewardsAndPunishments: patch.rewardsAndPunishments ?? null,
      status: "SERVING",
      resumeLines: parts.data.resumeLines ?? [],
      photo: parts.data.photo ?? null,
      photoMime: parts.data.photoMime ?? null,
      highestFullTimeLevel: highestFullTimeLevelAfter([], education),
    },
    education,
    family: d.family.filter((m) => m.name).map(familyData),
    assessments: d.assessments,
    approvalForm,
  };
}
