import "server-only";
// The dry run of a 任免审批表 import (LRMX/LRM files, or .zip archives of them): read every file
// on its own — a malformed or hostile file is reported and the others go on — check it, match
// existing cadres by 身份证号 hash only (never by name), and plan creates and updates with the
// same diff and confirm step as the 花名册 import. Security labels: a labelled set the file
// carries above the importer's clearance is taken out before comparing (lib/import/form-labels.ts),
// reported beside the file and in a notice, and refused once per set in the audit log.
import { namePinyinOf } from "@/lib/format/name-pinyin";
import { diffCadre } from "@/lib/import/cadre-patch";
import { diffEducation, highestFullTimeLevelAfter } from "@/lib/import/education-ops";
import { checkFormDraft, formPatch } from "@/lib/import/form-draft";
import { collectFormFiles, type UploadedFile } from "@/lib/import/form-files";
import { FORM_SETS, skippedSetMessage, withholdFormSets } from "@/lib/import/form-labels";
import { diffFormParts, familyData } from "@/lib/import/form-patch";
import type { ImportIssue, ImportReport } from "@/lib/import/report";
import { parseLrm, parseLrmx, type LrmxDraft } from "@/lib/lrmx";
import { base64Bytes } from "@/lib/lrmx/person-fields";
import { looseDateToDate } from "@/lib/lrmx/loose-date";
import { maskIdNumber } from "@/lib/validation/id-number";
import type { Actor } from "@/lib/auth/actor";
import type { InfoSet } from "@/lib/authz/clearance";
import { auditLabelDenials, withheldFor } from "@/lib/server/authz/labels";
import { assertCan } from "@/lib/server/authz/scope";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { loadFormCadres, sameNameAndBirth } from "./form-cadres";
import { newId, planDigest, sha256, type ImportPlan, type PlanCreate, type PlanUpdate } from "./plan";
import type { Progress } from "./roster-plan";
import { loadUnitResolver } from "./unit-resolver";

interface Parsed {
  file: string;
  draft: LrmxDraft;
  warnings: string[];
}

const photoOf = (d: LrmxDraft) => (d.photo ? { mime: d.photo.mime, bytes: base64Bytes(d.photo.base64) } : null);

export async function planFormImport(
  actor: Actor,
  uploads: readonly UploadedFile[],
  options: { defaultUnitId?: string } = {},
  progress: Progress = () => {},
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; message: string }> {
  assertCan(actor, "cadre", "import");
  const collected = await collectFormFiles(uploads);
  if (!collected.files.length && !collected.errors.length)
    return { ok: false, message: "没有找到任免审批表文件（.lrmx、.lrm，或包含它们的 .zip）" };
  const errors: ImportIssue[] = collected.errors.map((e) => ({
    file: e.file,
    column: "文件",
    value: "",
    message: e.message,
  }));
  const parsed: Parsed[] = [];
  const withheld = withheldFor(actor, FORM_SETS);
  const skippedIn = new Map<InfoSet, string[]>();
  collected.files.forEach((f, i) => {
    progress("读取文件", i, collected.files.length);
    const r = f.kind === "lrmx" ? parseLrmx(f.bytes) : parseLrm(f.bytes, f.pic);
    if (!r.ok) return void errors.push({ file: f.name, column: "文件", value: "", message: r.message });
    const labelled = withholdFormSets(r.draft, withheld);
    for (const set of labelled.skipped) skippedIn.set(set, [...(skippedIn.get(set) ?? []), f.name]);
    const warnings = [...r.warnings, ...labelled.skipped.map(skippedSetMessage)];
    parsed.push({ file: f.name, draft: labelled.draft, warnings });
  });
  for (const [set, files] of skippedIn) {
    collected.notices.push(`${files.length} 份文件的${skippedSetMessage(set)}`);
    await auditLabelDenials(actor, { type: "Cadre", id: null }, [set], { purpose: "import.lrmx", files });
  }
  const units = await loadUnitResolver(actor);
  const defaultUnit =
    actor.role === "UNIT" ? units.resolveId(actor.unitId) : units.resolveId(options.defaultUnitId ?? null);
  const checked = parsed.map((p) => ({ ...p, check: checkFormDraft(p.draft) }));
  const hashes = checked.map((p) => (p.check.idNumber ? hashIdNumber(p.check.idNumber) : null));
  const existing = await loadFormCadres(
    actor,
    hashes.filter((h): h is string => !!h),
  );
  const namesakes = await sameNameAndBirth(
    actor,
    checked.filter((p) => !p.check.idNumber).map((p) => p.draft.name),
  );

  const report: Omit<ImportReport, "digest"> = {
    kind: "lrmx",
    fileName: uploads.map((u) => u.name).join("、"),
    total: collected.files.length + collected.errors.length,
    creates: [],
    updates: [],
    unchanged: [],
    errors,
    notices: collected.notices,
  };
  const creates: PlanCreate[] = [];
  const updates: PlanUpdate[] = [];
  const seen = new Map<string, string>();
  checked.forEach((p, i) => {
    const { draft: d, check: c } = p;
    const issue = (column: string, value: string, message: string) =>
      errors.push({ file: p.file, column, value, message });
    if (c.issues.length) return c.issues.forEach((x) => issue(x.column, x.value, x.message));
    const hash = hashes[i];
    const idMasked = maskIdNumber(c.idNumber);
    if (hash && seen.has(hash)) return issue("身份证号", idMasked, `与文件“${seen.get(hash)}”的身份证号相同`);
    if (hash) seen.set(hash, p.file);
    if (hash && existing.elsewhere.has(hash)) {
      return issue(
        "身份证号",
        idMasked,
        actor.role === "UNIT"
          ? "该身份证号已登记在本单位以外的干部名下，请联系组织部"
          : "该身份证号已登记在您无权修改的干部名下",
      );
    }
    const stored = hash ? existing.editable.get(hash) : undefined;
    const warnings = [...p.warnings, ...c.warnings];
    const patch = formPatch(d, c, stored ?? null, warnings);
    const file = { resume: d.resume, family: d.family, assessments: d.assessments, photo: photoOf(d) };
    if (stored) {
      const diff = diffCadre(stored, patch, (id) => units.nameOf(id));
      const parts = diffFormParts(file, stored, stored.generatedResume, diff.changes);
      const data: Record<string, unknown> = { ...diff.data, ...parts.data };
      if (!diff.changes.length) return void report.unchanged.push({ file: p.file, name: d.name });
      if (data.name) Object.assign(data, namePinyinOf(d.name));
      if (diff.education.length)
        data.highestFullTimeLevel = highestFullTimeLevelAfter(stored.educationRecords, diff.education);
      const before = Object.fromEntries(
        Object.keys(data).map((k) => [k, (stored as unknown as Record<string, unknown>)[k] ?? null]),
      );
      const planned = {
        file: p.file,
        name: d.name,
        idMasked,
        unitName: units.nameOf(stored.unitId),
        cadreId: stored.id,
        changes: diff.changes,
        warnings,
      };
      updates.push({
        summary: planned,
        cadreId: stored.id,
        version: stored.version,
        before,
        data,
        education: diff.education,
        family: parts.family,
        assessments: parts.assessments,
      });
      return void report.updates.push(planned);
    }
    const unit = units.fromPostTitle(d.currentPost) ?? defaultUnit;
    if (!unit) return issue("单位", d.currentPost ?? "", "无法从现任职务确定所在单位，请在上方选择新建干部所在的单位");
    if (!hash && namesakes.has(`${d.name}|${c.birth!.slice(0, 7)}`))
      warnings.push("已有同名、同出生年月的干部：请核实是否为同一人（无身份证号，不会自动合并）");
    if (!patch.politicalStatus) warnings.push("入党时间为空，政治面貌按“群众”登记");
    const education = diffEducation([], patch.fullTime, patch.partTime, []);
    const parts = diffFormParts(file, null, [], []);
    const date = (v: string | undefined) => (v ? looseDateToDate(v) : null);
    const data: PlanCreate["data"] = {
      id: newId(),
      name: d.name,
      ...namePinyinOf(d.name),
      gender: c.gender,
      birthDate: looseDateToDate(c.birth!),
      ethnicity: c.ethnicity ?? "汉族",
      politicalStatus: patch.politicalStatus ?? "MASSES",
      democraticParty: patch.democraticParty ?? null,
      unitId: unit.id,
      nativePlace: patch.nativePlace ?? null,
      birthplace: patch.birthplace ?? null,
      partyJoinDate: date(patch.partyJoin),
      workStartDate: date(patch.workStart),
      health: patch.health ?? "HEALTHY",
      currentPostTitle: patch.currentPostTitle ?? null,
      professionalTitle: patch.professionalTitle ?? null,
      expertise: patch.expertise ?? null,
      rewardsAndPunishments: patch.rewardsAndPunishments ?? null,
      status: "SERVING",
      resumeLines: parts.data.resumeLines ?? [],
      photo: parts.data.photo ?? null,
      photoMime: parts.data.photoMime ?? null,
      highestFullTimeLevel: highestFullTimeLevelAfter([], education),
    };
    const summary = { file: p.file, name: d.name, idMasked, unitName: unit.name, warnings };
    creates.push({
      summary,
      idNumber: c.idNumber,
      data,
      education,
      family: d.family.filter((m) => m.name).map(familyData),
      assessments: d.assessments,
    });
    report.creates.push(summary);
  });
  const digest = planDigest(
    uploads.map((u) => sha256(u.bytes)),
    report,
    updates,
  );
  return { ok: true, plan: { report: { ...report, digest }, creates, updates } };
}
