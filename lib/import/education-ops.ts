// The 全日制 / 在职 education an import names, against the stored education records: a record
// of the same kind and level is corrected in place, otherwise one is added; nothing is
// removed. Also recomputes the denormalised highest full-time level. Pure.
import type { Degree, EducationLevel } from "@/lib/domain/enums";
import { levelAndDegreeText, schoolAndMajorText } from "@/lib/lrmx/education";
import { educationRank } from "@/lib/rules";
import type { FieldChange } from "./report";
import type { EducationInput } from "./roster-row";

export interface StoredEducation {
  id: string;
  /** read by the dry run: the write refuses a record changed since */
  version: number;
  fullTime: boolean;
  level: EducationLevel;
  degree: Degree;
  school: string;
  major: string | null;
}

export type EducationOp =
  | { kind: "create"; fullTime: boolean; level: EducationLevel; degree: Degree; school: string; major: string | null }
  | { kind: "update"; id: string; version: number; degree: Degree; school: string; major: string | null };

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

const shown = (r: { level: EducationLevel; degree: Degree; school: string; major: string | null } | null) =>
  r ? [levelAndDegreeText(r.level, r.degree), schoolAndMajorText(r.school, r.major)].filter(Boolean).join("，") : "";

function one(
  records: readonly StoredEducation[],
  fullTime: boolean,
  wanted: EducationInput | undefined,
  changes: FieldChange[],
): EducationOp | null {
  if (!wanted) return null;
  const label = fullTime ? "全日制教育" : "在职教育";
  const same = records.find((r) => r.fullTime === fullTime && r.level === wanted.level) ?? null;
  if (same) {
    const unchanged =
      same.degree === wanted.degree &&
      schoolAndMajorText(same.school, same.major) === schoolAndMajorText(wanted.school, wanted.major);
    if (unchanged) return null;
    changes.push({ label, from: shown(same), to: shown(wanted) });
    return {
      kind: "update",
      id: same.id,
      version: same.version,
      degree: wanted.degree,
      school: wanted.school,
      major: wanted.major,
    };
  }
  changes.push({ label, from: shown(highestOf(records, fullTime)), to: shown(wanted) });
  return { kind: "create", fullTime, ...wanted };
}

export function diffEducation(
  records: readonly StoredEducation[],
  fullTime: EducationInput | undefined,
  partTime: EducationInput | undefined,
  changes: FieldChange[],
): EducationOp[] {
  return [one(records, true, fullTime, changes), one(records, false, partTime, changes)].filter(
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
