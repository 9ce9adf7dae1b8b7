// The 全日制 / 在职 education an import names, against the stored education records: a record
// of the same kind and level is corrected in place, otherwise one is added; nothing is
// removed. The degree keeps its discipline (法学 of 法学硕士); the 985/211/双一流 flags are the
// 院校代码表's reading of the school. Also recomputes the denormalised highest full-time level. Pure.
import type { Degree, EducationLevel } from "@/lib/domain/enums";
import { levelAndDegreeText, schoolAndMajorText } from "@/lib/lrmx/education";
import { educationRank } from "@/lib/rules";
import { recordFlags, type SchoolFlags, type SchoolMatcher } from "@/lib/schools/match-school";
import type { FieldChange } from "./report";
import type { EducationInput } from "./roster-row";

export interface StoredEducation {
  id: string;
  /** read by the dry run: the write refuses a record changed since */
  version: number;
  fullTime: boolean;
  level: EducationLevel;
  degree: Degree;
  /** absent when the caller did not read it (then never compared) */
  degreeDiscipline?: string | null;
  school: string;
  major: string | null;
}

interface Written extends SchoolFlags {
  degree: Degree;
  degreeDiscipline: string | null;
  school: string;
  major: string | null;
}

export type EducationOp =
  | ({ kind: "create"; fullTime: boolean; level: EducationLevel } & Written)
  | ({ kind: "update"; id: string; version: number } & Written);

/** The record the form prints for a kind: the highest level. */
export function highestOf<R extends Pick<StoredEducation, "fullTime" | "level">>(
  records: readonly R[],
  fullTime: boolean,
): R | null {
  let best: R | null = null;
  for (const r of records)
    if (r.fullTime === fullTime && (!best || educationRank(r.level) > educationRank(best.level))) best = r;
  return best;
}

const shown = (
  r: {
    level: EducationLevel;
    degree: Degree;
    degreeDiscipline?: string | null;
    school: string;
    major: string | null;
  } | null,
) =>
  r
    ? [levelAndDegreeText(r.level, r.degree, r.degreeDiscipline), schoolAndMajorText(r.school, r.major)]
        .filter(Boolean)
        .join("，")
    : "";

function one(
  records: readonly StoredEducation[],
  fullTime: boolean,
  wanted: EducationInput | undefined,
  changes: FieldChange[],
  match: SchoolMatcher,
): EducationOp | null {
  if (!wanted) return null;
  const label = fullTime ? "全日制教育" : "在职教育";
  const written: Written = {
    degree: wanted.degree,
    degreeDiscipline: wanted.degree === "NONE" ? null : wanted.degreeDiscipline,
    school: wanted.school,
    major: wanted.major,
    ...recordFlags(match, wanted),
  };
  const same = records.find((r) => r.fullTime === fullTime && r.level === wanted.level) ?? null;
  if (same) {
    // A file without a discipline (学士) does not clear one recorded here: imports never clear.
    const discipline = written.degreeDiscipline ?? (same.degree === written.degree ? same.degreeDiscipline : null);
    const unchanged =
      same.degree === written.degree &&
      (same.degreeDiscipline === undefined || (same.degreeDiscipline ?? null) === (discipline ?? null)) &&
      schoolAndMajorText(same.school, same.major) === schoolAndMajorText(wanted.school, wanted.major);
    if (unchanged) return null;
    const to = { ...written, degreeDiscipline: discipline ?? null };
    changes.push({ label, from: shown(same), to: shown({ ...to, level: wanted.level }) });
    return { kind: "update", id: same.id, version: same.version, ...to };
  }
  changes.push({ label, from: shown(highestOf(records, fullTime)), to: shown({ ...written, level: wanted.level }) });
  return { kind: "create", fullTime, level: wanted.level, ...written };
}

export function diffEducation(
  records: readonly StoredEducation[],
  fullTime: EducationInput | undefined,
  partTime: EducationInput | undefined,
  changes: FieldChange[],
  match: SchoolMatcher,
): EducationOp[] {
  return [one(records, true, fullTime, changes, match), one(records, false, partTime, changes, match)].filter(
    (o): o is EducationOp => o !== null,
  );
}

/** Cadre.highestFullTimeLevel after the operations. */
export function highestFullTimeLevelAfter(
  records: readonly Pick<StoredEducation, "fullTime" | "level">[],
  ops: readonly EducationOp[],
): EducationLevel | null {
  let best: EducationLevel | null = highestOf(records, true)?.level ?? null;
  for (const op of ops) {
    if (op.kind === "create" && op.fullTime && (!best || educationRank(op.level) > educationRank(best)))
      best = op.level;
  }
  return best;
}
