// What an import wants a cadre to look like, compared with what is stored: the field-by-field
// changes shown in the dry run, and the update data written on confirm. Shared by the 花名册 and
// the 任免审批表 (LRMX) imports. A field the file leaves blank is not in the patch: imports
// fill and correct, they never clear. Pure.
import type { EstablishmentType, Gender, Grade, HealthStatus, PoliticalStatus, Rank } from "@/lib/domain/enums";
import {
  establishmentTypeLabel,
  genderLabel,
  gradeLabel,
  healthStatusLabel,
  politicalStatusLabel,
  rankLabel,
} from "@/lib/labels";
import { looseDateToDate, sameAsStored, toDotted, type LooseDate } from "@/lib/lrmx/loose-date";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import type { SchoolMatcher } from "@/lib/schools/match-school";
import { diffEducation, type EducationOp, type StoredEducation } from "./education-ops";
import type { EducationInput } from "./roster-row";
import type { FieldChange } from "./report";

export interface CadrePatch {
  name?: string;
  gender?: Gender;
  /** `YYYY-MM-DD` from a 身份证号, or `YYYY-MM` from a form without one */
  birth?: LooseDate;
  ethnicity?: string;
  politicalStatus?: PoliticalStatus;
  democraticParty?: string | null;
  unitId?: string;
  nativePlace?: string;
  birthplace?: string;
  partyJoin?: LooseDate;
  workStart?: LooseDate;
  health?: HealthStatus;
  currentPostTitle?: string;
  rank?: Rank;
  rankSince?: LooseDate;
  grade?: Grade;
  gradeSince?: LooseDate;
  establishmentType?: EstablishmentType;
  professionalTitle?: string;
  expertise?: string;
  familiarDomains?: string[];
  rewardsAndPunishments?: string;
  fullTime?: EducationInput;
  partTime?: EducationInput;
}

export interface StoredCadre {
  id: string;
  version: number;
  name: string;
  gender: Gender;
  birthDate: Date;
  ethnicity: string;
  politicalStatus: PoliticalStatus;
  democraticParty: string | null;
  unitId: string | null;
  nativePlace: string | null;
  birthplace: string | null;
  partyJoinDate: Date | null;
  workStartDate: Date | null;
  health: HealthStatus;
  currentPostTitle: string | null;
  rank: Rank | null;
  rankSince: Date | null;
  grade: Grade | null;
  gradeSince: Date | null;
  establishmentType: EstablishmentType | null;
  professionalTitle: string | null;
  expertise: string | null;
  familiarDomains: string[];
  rewardsAndPunishments: string | null;
  educationRecords: StoredEducation[];
}

type Scalar =
  | "name"
  | "ethnicity"
  | "nativePlace"
  | "birthplace"
  | "currentPostTitle"
  | "professionalTitle"
  | "expertise"
  | "rewardsAndPunishments"
  | "democraticParty";
const TEXT: Array<[Scalar, string]> = [
  ["name", "姓名"],
  ["ethnicity", "民族"],
  ["democraticParty", "民主党派"],
  ["nativePlace", "籍贯"],
  ["birthplace", "出生地"],
  ["currentPostTitle", "现任职务"],
  ["professionalTitle", "专业技术职务"],
  ["expertise", "熟悉专业有何专长"],
  ["rewardsAndPunishments", "奖惩情况"],
];
const ENUMS = [
  ["gender", "gender", "性别", genderLabel],
  ["politicalStatus", "politicalStatus", "政治面貌", politicalStatusLabel],
  ["health", "health", "健康状况", healthStatusLabel],
  ["rank", "rank", "职务层次", rankLabel],
  ["grade", "grade", "职级", gradeLabel],
  ["establishmentType", "establishmentType", "编制类型", establishmentTypeLabel],
] as const;
const DATES = [
  ["birth", "birthDate", "出生日期"],
  ["partyJoin", "partyJoinDate", "入党时间"],
  ["workStart", "workStartDate", "参加工作时间"],
  ["rankSince", "rankSince", "任现职务层次时间"],
  ["gradeSince", "gradeSince", "任现职级时间"],
] as const;

export const showDate = (d: LooseDate | Date | null) =>
  !d ? "" : d instanceof Date ? formatDate(d) : d.length === 7 ? toDotted(d) : d.replaceAll("-", ".");

export interface PatchResult {
  changes: FieldChange[];
  /** columns to update (Prisma update data, without version) */
  data: Record<string, unknown>;
  education: EducationOp[];
}

export function diffCadre(
  stored: StoredCadre,
  patch: CadrePatch,
  unitName: (id: string | null) => string,
  match: SchoolMatcher,
): PatchResult {
  const changes: FieldChange[] = [];
  const data: Record<string, unknown> = {};
  for (const [key, label] of TEXT) {
    const to = patch[key];
    if (to === undefined || (to ?? null) === (stored[key] ?? null)) continue;
    changes.push({ label, from: stored[key] ?? "", to: to ?? "" });
    data[key] = to;
  }
  for (const [key, column, label, labels] of ENUMS) {
    const to = patch[key];
    const from = stored[column];
    if (to === undefined || to === from) continue;
    const map = labels as Record<string, string>;
    changes.push({ label, from: from ? map[from] : "", to: map[to] });
    data[column] = to;
  }
  for (const [key, column, label] of DATES) {
    const to = patch[key];
    if (to === undefined || sameAsStored(to, stored[column])) continue;
    // The stored day is shown at the file's precision: `2011.08` → `2024.03`, not `2011.08.01`.
    const from = stored[column];
    changes.push({ label, from: from && to.length === 7 ? formatYearMonth(from) : showDate(from), to: showDate(to) });
    data[column] = looseDateToDate(to);
  }
  if (patch.unitId !== undefined && patch.unitId !== stored.unitId) {
    changes.push({ label: "单位", from: unitName(stored.unitId), to: unitName(patch.unitId) });
    data.unitId = patch.unitId;
  }
  if (
    patch.familiarDomains &&
    [...patch.familiarDomains].sort().join("、") !== [...stored.familiarDomains].sort().join("、")
  ) {
    changes.push({ label: "熟悉领域", from: stored.familiarDomains.join("、"), to: patch.familiarDomains.join("、") });
    data.familiarDomains = patch.familiarDomains;
  }
  const education = diffEducation(stored.educationRecords, patch.fullTime, patch.partTime, changes, match);
  return { changes, data, education };
}
