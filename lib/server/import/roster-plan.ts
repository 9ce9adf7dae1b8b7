import "server-only";
// The dry run of a 花名册 import: read the sheet, validate every row, find duplicates inside the
// file, match existing cadres by 身份证号 hash, and plan creates and updates with their diffs.
// Every row's errors come in one pass (a missing 入党时间 is reported beside a bad 身份证号, not
// after it is fixed). A new 身份证号 whose name and birth month match a cadre registered without
// one is a possible duplicate the confirm asks about. Writes nothing; write-plan.ts writes a
// plan after the user confirms.
import { diffCadre, type StoredCadre } from "@/lib/import/cadre-patch";
import { diffEducation, highestFullTimeLevelAfter } from "@/lib/import/education-ops";
import { readRosterSheet } from "@/lib/import/read-roster-sheet";
import type { ImportIssue, ImportReport, PossibleDuplicate } from "@/lib/import/report";
import { validateRosterRow, type RosterRowDraft } from "@/lib/import/roster-row";
import { namePinyinOf } from "@/lib/format/name-pinyin";
import { toDotted } from "@/lib/lrmx/loose-date";
import type { SchoolMatcher } from "@/lib/schools/match-school";
import { maskIdNumber } from "@/lib/validation/id-number";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { loadSchoolMatcher } from "@/lib/server/schools/school-table";
import { loadExistingCadres } from "./existing-cadres";
import { findNamesakes } from "./namesakes";
import { emptyUpdate, planDigest, sha256, type ImportPlan, type PlanCreate, type PlanUpdate } from "./plan";
import { rosterCreateData, rosterPatch } from "./roster-create";
import { loadStoredCadresById, withDegreeDisciplines } from "./stored-extras";
import { loadUnitResolver } from "./unit-resolver";

export type Progress = (phase: string, done: number, total: number) => void;

const CPC = new Set(["CPC_MEMBER", "CPC_PROBATIONARY"]);

function rosterUpdate(
  d: RosterRowDraft,
  stored: StoredCadre,
  unitName: (id: string | null) => string,
  match: SchoolMatcher,
): PlanUpdate | null {
  const diff = diffCadre(stored, rosterPatch(d), unitName, match);
  if (!diff.changes.length) return null;
  const data: Record<string, unknown> = { ...diff.data };
  if (data.name) Object.assign(data, namePinyinOf(d.name));
  if (diff.education.length)
    data.highestFullTimeLevel = highestFullTimeLevelAfter(stored.educationRecords, diff.education);
  const before = Object.fromEntries(
    Object.keys(data).map((k) => [k, (stored as unknown as Record<string, unknown>)[k] ?? null]),
  );
  const summary = {
    row: d.row,
    name: d.name,
    idMasked: maskIdNumber(d.idNumber),
    unitName: d.unitName,
    cadreId: stored.id,
    changes: diff.changes,
  };
  return {
    summary,
    cadreId: stored.id,
    version: stored.version,
    before,
    data,
    education: diff.education,
    family: [],
    assessments: [],
  };
}

export async function planRosterImport(
  actor: Actor,
  bytes: Uint8Array,
  fileName: string,
  progress: Progress = () => {},
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; message: string }> {
  assertCan(actor, "cadre", "import");
  progress("读取文件", 0, 1);
  const sheet = await readRosterSheet(bytes);
  if (!sheet.ok) return sheet;
  const [units, match] = await Promise.all([loadUnitResolver(actor), loadSchoolMatcher()]);
  const errors: ImportIssue[] = [];
  const drafts: RosterRowDraft[] = [];
  const lacking: Array<{ row: number; idNumber: string | null }> = [];
  const firstRowOf = new Map<string, number>();
  sheet.rows.forEach((raw, i) => {
    if (i % 1000 === 0) progress("校验", i, sheet.rows.length);
    const r = validateRosterRow(raw, (t) => units.resolve(t));
    if (!r.ok) {
      errors.push(...r.errors);
      if (r.lacksPartyJoin) lacking.push({ row: raw.rowNumber, idNumber: r.idNumber });
      return;
    }
    const first = firstRowOf.get(r.draft.idNumber);
    if (first !== undefined) {
      return void errors.push({
        row: raw.rowNumber,
        column: "身份证号",
        value: maskIdNumber(r.draft.idNumber),
        message: `与第 ${first} 行的身份证号重复`,
      });
    }
    firstRowOf.set(r.draft.idNumber, raw.rowNumber);
    drafts.push(r.draft);
  });
  progress("核对已有干部", 0, drafts.length);
  const hashes = drafts.map((d) => hashIdNumber(d.idNumber));
  const lackingHashes = lacking.map((l) => (l.idNumber ? hashIdNumber(l.idNumber) : null));
  const existing = await loadExistingCadres(actor, [...hashes, ...lackingHashes.filter((h): h is string => !!h)]);
  await withDegreeDisciplines([...existing.editable.values()]);
  const partyJoinMissing = (row: number) =>
    errors.push({ row, column: "入党时间", value: "", message: "中共党员（预备党员）请填写入党时间" });
  lacking.forEach((l, i) => {
    const h = lackingHashes[i];
    if (!h || !existing.editable.get(h)?.partyJoinDate) partyJoinMissing(l.row);
  });
  const report: Omit<ImportReport, "digest"> = {
    kind: "roster",
    fileName,
    total: sheet.rows.length,
    creates: [],
    updates: [],
    unchanged: [],
    errors,
    notices: sheet.ignoredHeaders.length ? [`以下列未识别，已忽略：${sheet.ignoredHeaders.join("、")}`] : [],
  };
  const creates: PlanCreate[] = [];
  const updates: PlanUpdate[] = [];
  const newRows: RosterRowDraft[] = [];
  drafts.forEach((d, i) => {
    const idMasked = maskIdNumber(d.idNumber);
    const issue = (column: string, value: string, message: string) =>
      errors.push({ row: d.row, column, value, message });
    if (existing.elsewhere.has(hashes[i])) {
      return issue(
        "身份证号",
        idMasked,
        actor.role === "UNIT"
          ? "该身份证号已登记在本单位以外的干部名下，请联系组织部"
          : "该身份证号已登记在您无权修改的干部名下",
      );
    }
    const stored = existing.editable.get(hashes[i]);
    const party = d.partyJoin ?? stored?.partyJoinDate;
    if (CPC.has(d.politicalStatus) && !party) return partyJoinMissing(d.row);
    if (!stored) return void newRows.push(d);
    const u = rosterUpdate(d, stored, (id) => units.nameOf(id), match);
    if (!u) return void report.unchanged.push({ row: d.row, name: d.name });
    updates.push(u);
    report.updates.push(u.summary);
  });
  const namesakes = await findNamesakes(
    actor,
    newRows.map((d) => d.name),
    true,
  );
  const candidateIds = newRows.flatMap((d) => namesakes(d.name, d.birthDate.toISOString(), true).map((n) => n.id));
  const candidates = await loadStoredCadresById(actor, candidateIds);
  for (const d of newRows) {
    const summary: PlanCreate["summary"] = {
      row: d.row,
      name: d.name,
      idMasked: maskIdNumber(d.idNumber),
      unitName: d.unitName,
      ...(d.establishmentType ? {} : { warnings: ["未填编制类型：已留空（待补充），请在干部信息中选择"] }),
    };
    const education = diffEducation([], d.fullTime, d.partTime, [], match);
    const data = { ...rosterCreateData(d), highestFullTimeLevel: highestFullTimeLevelAfter([], education) };
    const create: PlanCreate = { summary, idNumber: d.idNumber, data, education, family: [], assessments: [] };
    const possibleDuplicates: PossibleDuplicate[] = [];
    for (const n of namesakes(d.name, d.birthDate.toISOString(), true)) {
      const stored = candidates.get(n.id);
      if (!stored) continue;
      const alt =
        rosterUpdate(d, stored, (id) => units.nameOf(id), match) ??
        emptyUpdate({ ...summary, cadreId: n.id, changes: [] }, n.version);
      alt.setIdNumber = d.idNumber;
      (create.alternatives ??= {})[n.id] = alt;
      possibleDuplicates.push({
        cadreId: n.id,
        version: n.version,
        name: n.name,
        unitName: units.nameOf(n.unitId),
        birth: toDotted(n.birthDate.toISOString()),
        idMasked: "（未登记）",
        changes: [...alt.summary.changes, { label: "身份证号", from: "", to: summary.idMasked }],
      });
    }
    if (possibleDuplicates.length) summary.possibleDuplicates = possibleDuplicates;
    creates.push(create);
    report.creates.push(summary);
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const digest = planDigest([sha256(bytes)], report, updates);
  progress("校验", sheet.rows.length, sheet.rows.length);
  return { ok: true, plan: { report: { ...report, digest }, creates, updates } };
}
