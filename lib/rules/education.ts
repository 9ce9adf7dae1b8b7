// Education facts: 学历 levels are ordered; 全日制 and 在职 records are different facts, so a
// rule asking for 全日制本科 is not met by an in-service bachelor.
import type { EducationRecordFact } from "./model/cadre-facts";
import type { EducationLevel } from "./model/enums";
import { educationLevelLabel } from "./labels";

const RANK: Record<EducationLevel, number> = {
  DOCTORATE_STUDY: 7,
  MASTER_STUDY: 6,
  BACHELOR: 5,
  JUNIOR_COLLEGE: 4,
  TECHNICAL_SECONDARY: 3,
  HIGH_SCHOOL: 2,
  BELOW_HIGH_SCHOOL: 1,
};

export function educationRank(level: EducationLevel): number {
  return RANK[level];
}

export interface EducationFilter {
  /** only 全日制 records count */
  fullTimeOnly?: boolean;
}

/** Records completed on asOf: a degree still being studied for does not count yet. */
function completed(r: EducationRecordFact, asOf: Date | undefined): boolean {
  return asOf == null || r.graduationDate == null || r.graduationDate.getTime() <= asOf.getTime();
}

/** The highest completed record matching the filter, or null. */
export function highestEducation(
  records: readonly EducationRecordFact[],
  filter: EducationFilter,
  asOf?: Date,
): EducationRecordFact | null {
  let best: EducationRecordFact | null = null;
  for (const r of records) {
    if (filter.fullTimeOnly && !r.fullTime) continue;
    if (!completed(r, asOf)) continue;
    if (best == null || RANK[r.level] > RANK[best.level]) best = r;
  }
  return best;
}

export function hasEducation(
  records: readonly EducationRecordFact[],
  minLevel: EducationLevel,
  filter: EducationFilter,
  asOf?: Date,
): boolean {
  const min = RANK[minLevel];
  for (const r of records) {
    if (filter.fullTimeOnly && !r.fullTime) continue;
    if (RANK[r.level] >= min && completed(r, asOf)) return true;
  }
  return false;
}

/** "全日制大学本科" / "在职硕士研究生" / "无学历记录" for messages. */
export function describeEducation(r: EducationRecordFact | null): string {
  if (r == null) return "无相应学历记录";
  return `${r.fullTime ? "全日制" : "在职"}${educationLevelLabel[r.level]}`;
}

/** "全日制大学本科以上" / "大学专科以上" for the requirement side of a message. */
export function describeRequirement(minLevel: EducationLevel, fullTimeOnly: boolean): string {
  return `${fullTimeOnly ? "全日制" : ""}${educationLevelLabel[minLevel]}以上学历`;
}

export function isElite(r: EducationRecordFact): boolean {
  return Boolean(r.is985 || r.is211 || r.isDoubleFirstClass);
}
