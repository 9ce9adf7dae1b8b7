import "server-only";
// The dry run of a 花名册 import: read the sheet, validate every row, find duplicates inside the
// file, match existing cadres by 身份证号 hash, and plan creates and updates with their diffs.
// Writes nothing; write-plan.ts writes a plan after the user confirms.
import { diffCadre, type CadrePatch } from "@/lib/import/cadre-patch";
import { diffEducation, highestFullTimeLevelAfter } from "@/lib/import/education-ops";
import { readRosterSheet } from "@/lib/import/read-roster-sheet";
import type { ImportIssue, ImportReport } from "@/lib/import/report";
import { validateRosterRow, type RosterRowDraft } from "@/lib/import/roster-row";
import { namePinyinOf } from "@/lib/format/name-pinyin";
import { looseDateToDate } from "@/lib/lrmx/loose-date";
import { maskIdNumber } from "@/lib/validation/id-number";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { loadExistingCadres } from "./existing-cadres";
import { newId, planDigest, sha256, type ImportPlan, type PlanCreate, type PlanUpdate } from "./plan";
import { loadUnitResolver } from "./unit-resolver";

export type Progress = (phase: string, done: number, total: number) => void;

export function rosterPatch(d: RosterRowDraft): CadrePatch {
  return {
    name: d.name,
    gender: d.gender,
    birth: d.birthDate.toISOString().slice(0, 10),
    ethnicity: d.ethnicity,
    politicalStatus: d.politicalStatus,
    democraticParty: d.democraticParty,
    unitId: d.unitId,
    nativePlace: d.nativePlace,
    birthplace: d.birthplace,
    partyJoin: d.partyJoin,
    workStart: d.workStart,
    health: d.health,
    currentPostTitle: d.currentPost,
    rank: d.rank,
    rankSince: d.rankSince,
    grade: d.grade,
    gradeSince: d.gradeSince,
    establishmentType: d.establishmentType,
    professionalTitle: d.professionalTitle,
    expertise: d.expertise,
    familiarDomains: d.familiarDomains,
    fullTime: d.fullTime,
    partTime: d.partTime,
  };
}

const CPC = new Set(["CPC_MEMBER", "CPC_PROBATIONARY"]);

function createData(d: RosterRowDraft): PlanCreate["data"] {
  const date = (v: string | undefined) => (v ? looseDateToDate(v) : null);
  return {
    id: newId(),
    name: d.name,
    ...namePinyinOf(d.name),
    gender: d.gender,
    birthDate: d.birthDate,
    ethnicity: d.ethnicity,
    politicalStatus: d.politicalStatus,
    democraticParty: d.democraticParty,
    unitId: d.unitId,
    nativePlace: d.nativePlace ?? null,
    birthplace: d.birthplace ?? null,
    partyJoinDate: date(d.partyJoin),
    workStartDate: date(d.workStart),
    health: d.health ?? "HEALTHY",
    currentPostTitle: d.currentPost ?? null,
    rank: d.rank ?? null,
    rankSince: date(d.rankSince),
    grade: d.grade ?? null,
    gradeSince: date(d.gradeSince),
    establishmentType: d.establishmentType ?? "CIVIL_SERVANT",
    status: "SERVING",
    professionalTitle: d.professionalTitle ?? null,
    expertise: d.expertise ?? null,
    familiarDomains: d.familiarDomains ?? [],
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
  const units = await loadUnitResolver(actor);
  const errors: ImportIssue[] = [];
  const drafts: RosterRowDraft[] = [];
  const firstRowOf = new Map<string, number>();
  sheet.rows.forEach((raw, i) => {
    if (i % 1000 === 0) progress("校验", i, sheet.rows.length);
    const r = validateRosterRow(raw, (t) => units.resolve(t));
    if (!r.ok) return void errors.push(...r.errors);
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
  const existing = await loadExistingCadres(actor, hashes);
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
    if (CPC.has(d.politicalStatus) && !party) return issue("入党时间", "", "中共党员（预备党员）请填写入党时间");
    const summary = { row: d.row, name: d.name, idMasked, unitName: d.unitName };
    if (!stored) {
      const education = diffEducation([], d.fullTime, d.partTime, []);
      const data = { ...createData(d), highestFullTimeLevel: highestFullTimeLevelAfter([], education) };
      creates.push({ summary, idNumber: d.idNumber, data, education, family: [], assessments: [] });
      return void report.creates.push(summary);
    }
    const patch = rosterPatch(d);
    const diff = diffCadre(stored, patch, (id) => units.nameOf(id));
    if (!diff.changes.length) return void report.unchanged.push({ row: d.row, name: d.name });
    const data: Record<string, unknown> = { ...diff.data };
    if (data.name) Object.assign(data, namePinyinOf(d.name));
    if (diff.education.length)
      data.highestFullTimeLevel = highestFullTimeLevelAfter(stored.educationRecords, diff.education);
    const before = Object.fromEntries(
      Object.keys(data).map((k) => [k, (stored as unknown as Record<string, unknown>)[k] ?? null]),
    );
    const planned = { ...summary, cadreId: stored.id, changes: diff.changes };
    updates.push({
      summary: planned,
      cadreId: stored.id,
      version: stored.version,
      before,
      data,
      education: diff.education,
      family: [],
      assessments: [],
    });
    report.updates.push(planned);
  });
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const digest = planDigest([sha256(bytes)], report, updates);
  progress("校验", sheet.rows.length, sheet.rows.length);
  return { ok: true, plan: { report: { ...report, digest }, creates, updates } };
}
