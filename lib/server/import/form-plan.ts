import "server-only";
// The dry run of a 任免审批表 import (LRMX/LRM files, or .zip archives of them): read every file
// on its own — a malformed or hostile file is reported and the others go on — check it, match
// existing cadres by 身份证号 hash only (never by name), and plan creates and updates with the
// same diff and confirm step as the 花名册 import. Every problem of a file is reported at once;
// warnings travel with created, updated and unchanged files alike; a new person with the name
// and birth month of a cadre here is a possible duplicate the confirm asks about (namesakes.ts).
// Security labels: a labelled set the file carries above the importer's clearance is taken out
// before comparing (lib/import/form-labels.ts), reported beside the file and in a notice, and
// refused once per set in the audit log.
import { checkFormDraft } from "@/lib/import/form-draft";
import { collectFormFiles, type UploadedFile } from "@/lib/import/form-files";
import { FORM_SETS, skippedSetMessage, withholdFormSets } from "@/lib/import/form-labels";
import type { ImportIssue, ImportReport } from "@/lib/import/report";
import { parseLrm, parseLrmx, type LrmxDraft } from "@/lib/lrmx";
import { toDotted } from "@/lib/lrmx/loose-date";
import { maskIdNumber } from "@/lib/validation/id-number";
import type { Actor } from "@/lib/auth/actor";
import type { InfoSet } from "@/lib/authz/clearance";
import { auditLabelDenials, withheldFor } from "@/lib/server/authz/labels";
import { assertCan } from "@/lib/server/authz/scope";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { loadSchoolMatcher } from "@/lib/server/schools/school-table";
import { loadFormCadres, loadFormCadresById } from "./form-cadres";
import { planFormCreate, planFormUpdate, type FileInput } from "./form-plan-file";
import { findNamesakes } from "./namesakes";
import { emptyUpdate, planDigest, sha256, type ImportPlan, type PlanCreate, type PlanUpdate } from "./plan";
import type { Progress } from "./roster-plan";
import { loadUnitResolver } from "./unit-resolver";

interface Parsed {
  file: string;
  draft: LrmxDraft;
  warnings: string[];
}

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
  const [units, match] = await Promise.all([loadUnitResolver(actor), loadSchoolMatcher()]);
  const ctx = { units, match };
  const defaultUnit =
    actor.role === "UNIT" ? units.resolveId(actor.unitId) : units.resolveId(options.defaultUnitId ?? null);
  const checked: FileInput[] = parsed.map((p) => {
    const check = checkFormDraft(p.draft);
    return { ...p, check, idMasked: maskIdNumber(check.idNumber), warnings: [...p.warnings, ...check.warnings] };
  });
  const hashes = checked.map((p) => (p.check.idNumber ? hashIdNumber(p.check.idNumber) : null));
  const existing = await loadFormCadres(
    actor,
    hashes.filter((h): h is string => !!h),
  );
  const namesakes = await findNamesakes(
    actor,
    checked.filter((_, i) => !hashes[i] || !existing.editable.has(hashes[i]!)).map((p) => p.draft.name),
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
  const pendingCreates: Array<{ f: FileInput; unit: { id: string; name: string } }> = [];
  const seen = new Map<string, string>();
  checked.forEach((f, i) => {
    const { draft: d, check: c } = f;
    // Every problem of the file, not the first one only.
    const issues: Array<[string, string, string]> = c.issues.map((x) => [x.column, x.value, x.message]);
    const hash = hashes[i];
    if (hash && seen.has(hash)) issues.push(["身份证号", f.idMasked, `与文件“${seen.get(hash)}”的身份证号相同`]);
    else if (hash) seen.set(hash, f.file);
    if (hash && existing.elsewhere.has(hash))
      issues.push([
        "身份证号",
        f.idMasked,
        actor.role === "UNIT"
          ? "该身份证号已登记在本单位以外的干部名下，请联系组织部"
          : "该身份证号已登记在您无权修改的干部名下",
      ]);
    const stored = hash ? existing.editable.get(hash) : undefined;
    const unit = stored ? null : (units.fromPostTitle(d.currentPost) ?? defaultUnit);
    if (!stored && !unit)
      issues.push(["单位", d.currentPost ?? "", "无法从现任职务确定所在单位，请在上方选择新建干部所在的单位"]);
    if (!stored && !c.ethnicity && !issues.some((x) => x[0] === "民族"))
      issues.push(["民族", "", "文件中没有民族，新建干部必须填写（请在文件中补上后重新导入）"]);
    if (issues.length)
      return issues.forEach(([column, value, message]) => errors.push({ file: f.file, column, value, message }));
    if (stored) {
      const u = planFormUpdate(ctx, f, stored);
      if (!u)
        return void report.unchanged.push({
          file: f.file,
          name: d.name,
          ...(f.warnings.length ? { warnings: f.warnings } : {}),
        });
      updates.push(u);
      return void report.updates.push(u.summary);
    }
    pendingCreates.push({ f, unit: unit! });
  });
  // Possible duplicates: the update each would take if the user says it is the same person.
  const candidatesOf = (f: FileInput) => namesakes(f.draft.name, f.check.birth!, !!f.check.idNumber);
  const candidates = await loadFormCadresById(
    actor,
    pendingCreates.flatMap(({ f }) => candidatesOf(f).map((n) => n.id)),
  );
  for (const { f, unit } of pendingCreates) {
    const planned = planFormCreate(ctx, f, unit);
    if ("issues" in planned) {
      planned.issues.forEach(([column, value, message]) => errors.push({ file: f.file, column, value, message }));
      continue;
    }
    const alternatives: Record<string, PlanUpdate> = {};
    const possibleDuplicates = candidatesOf(f).flatMap((n) => {
      const stored = candidates.get(n.id);
      if (!stored) return [];
      const summary = { file: f.file, name: f.draft.name, idMasked: f.idMasked, unitName: units.nameOf(n.unitId) };
      const alt =
        planFormUpdate(ctx, { ...f, warnings: [] }, stored) ??
        emptyUpdate({ ...summary, cadreId: n.id, changes: [] }, n.version);
      if (f.check.idNumber && !n.hasIdNumber) alt.setIdNumber = f.check.idNumber;
      alternatives[n.id] = alt;
      return [
        {
          cadreId: n.id,
          version: n.version,
          name: n.name,
          unitName: units.nameOf(n.unitId),
          birth: toDotted(n.birthDate.toISOString()),
          idMasked: n.hasIdNumber ? "（已登记）" : "（未登记）",
          changes: [
            ...alt.summary.changes,
            ...(alt.setIdNumber ? [{ label: "身份证号", from: "", to: f.idMasked }] : []),
          ],
        },
      ];
    });
    if (possibleDuplicates.length) {
      planned.summary.possibleDuplicates = possibleDuplicates;
      planned.alternatives = alternatives;
    }
    creates.push(planned);
    report.creates.push(planned.summary);
  }
  const digest = planDigest(
    uploads.map((u) => sha256(u.bytes)),
    report,
    updates,
  );
  return { ok: true, plan: { report: { ...report, digest }, creates, updates } };
}
