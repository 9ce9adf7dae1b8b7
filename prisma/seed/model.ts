// In-memory facts the seed modules share while building rows: units with their posts, and
// people with what later steps (pool, nominations, talks) need to choose sensibly.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CadreStatus, Gender, Rank, SanctionKind } from "../../lib/generated/prisma/enums";
import type { UnitSpec } from "./unit-data";

export type PostKind = "principal" | "deputy" | "sectionChief" | "sectionDeputy" | "middle" | "staff";

export interface PostMeta {
  id: string;
  unit: UnitMeta;
  title: string;
  kind: PostKind;
  rank: Rank;
  isKeyPost: boolean;
  /** 科室 name for section posts, so a 科长 and 副科长 of one section can be paired */
  section?: string;
  /** the open appointment's holder, once staffed */
  holder?: Person;
}

export interface UnitMeta {
  index: number;
  id: string;
  spec: UnitSpec;
  /** division-level team (正处/副处) or section-level team for institutions, SOEs, schools */
  divisionLevel: boolean;
  principals: PostMeta[];
  deputies: PostMeta[];
  sectionPosts: PostMeta[];
  middlePosts: PostMeta[];
  staffPost: PostMeta;
  /** 熟悉领域 typical of the unit's work */
  domains: string[];
}

export interface Person {
  index: number;
  id: string;
  row: Prisma.CadreCreateManyInput;
  gender: Gender;
  birthDate: Date;
  age: number;
  /** first two digits of the 身份证号, from the birthplace */
  provinceCode: string;
  status: CadreStatus;
  unit: UnitMeta;
  /** current post for serving cadres, last post otherwise */
  post: PostMeta;
  rank: Rank | null;
  /** start of the open (or last) appointment */
  currentStart: Date;
  /** last day of service here, for retired and transferred cadres */
  leftOn?: Date;
  /** when the last appointment was a promotion: the rank before it */
  promotedFrom?: Rank | null;
  workStartDate: Date;
  domains: string[];
  /** 0..1 hidden promise: drives 优秀 grades and pool selection */
  merit: number;
  /** full-time 本科 or above */
  fullTimeBachelor: boolean;
  /** facts decided early (pool, nominations) that later record builders must produce */
  planned: PlannedFacts;
  /** holds an open pool entry */
  inPool?: boolean;
  /** has a nomination in progress or decided */
  nominated?: boolean;
}

/**
 * Records to create for a person so that a rule has something to say (or, for tolerated
 * mistakes, must stay silent). Everyone else gets ordinary random records, and people with
 * plans are never picked for random problems.
 */
export interface PlannedFacts {
  /** year with a 基本称职 grade (ZZ15-EXCL) */
  basicAssessmentYear?: number;
  sanction?: { kind: SanctionKind; decidedOn: Date; tolerated?: boolean };
  /** 裸官: spouse emigrated, or no spouse and every child emigrated */
  naked?: "SPOUSE" | "CHILDREN";
  /** year of a 漏报/瞒报 personal-matters report (ZZ15-PMR) */
  pmrFalseYear?: number;
  /** 自我设计、攀附钻营… recorded in a talk (D20-MGMT-RECORD) */
  problemTalk?: boolean;
  /** a mistake tolerated under 容错纠错, recorded in a talk (D20-MGMT-ERROR-TOLERANCE) */
  toleratedTalk?: boolean;
}

export const RANK_ORDER: Record<Rank, number> = {
  STAFF: 0,
  SECTION_DEPUTY: 1,
  SECTION_PRINCIPAL: 2,
  DIVISION_DEPUTY: 3,
  DIVISION_PRINCIPAL: 4,
};
