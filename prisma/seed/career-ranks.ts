// 职务层次 and 职级 consistent with the posts held, and the post title as the 任免审批表
// writes it. 职级 (主任科员…) applies to civil servants and 参公 staff only.
import type { Grade, Rank } from "../../lib/generated/prisma/enums";
import { addYears, daysBetween } from "../../tests/factories/dates";
import type { Rng } from "../../tests/factories/random";
import type { Person, PostMeta, UnitMeta } from "./model";

const GRADE_LABEL: Partial<Record<Grade, string>> = {
  PRINCIPAL_CLERK_1: "一级主任科员",
  PRINCIPAL_CLERK_2: "二级主任科员",
  PRINCIPAL_CLERK_3: "三级主任科员",
  PRINCIPAL_CLERK_4: "四级主任科员",
};

export function isCivil(person: Person): boolean {
  return person.row.establishmentType !== "INSTITUTION_STAFF";
}

/** Rank of a post for this person: 事业 staff without a leadership post have none. */
export function rankFor(person: Person, post: PostMeta): Rank | null {
  if (post.kind === "staff" || post.kind === "middle") return isCivil(person) ? "STAFF" : null;
  return post.rank;
}

export function gradeFor(
  rng: Rng,
  person: Person,
  rank: Rank | null,
  asOf: Date,
): { grade: Grade | null; gradeSince: Date | null } {
  if (!isCivil(person) || rank == null || rank === "DIVISION_DEPUTY" || rank === "DIVISION_PRINCIPAL") {
    return { grade: null, gradeSince: null };
  }
  const years = daysBetween(person.workStartDate, asOf) / 365.25;
  let grade: Grade | null = null;
  let after = 1;
  if (rank === "STAFF") {
    // roughly the 职级 ladder for people who stay 科员: 一级科员 after probation, 四级主任科员
    // after about nine years, one step every five years or so after that
    [grade, after] =
      years < 1
        ? ["CLERK_2", 0]
        : years < 9
          ? ["CLERK_1", 1]
          : years < 14
            ? ["PRINCIPAL_CLERK_4", 9]
            : years < 19
              ? ["PRINCIPAL_CLERK_3", 14]
              : years < 25
                ? ["PRINCIPAL_CLERK_2", 19]
                : ["PRINCIPAL_CLERK_1", 25];
  } else if (rank === "SECTION_DEPUTY" && years >= 10) {
    [grade, after] = rng.chance(0.5) ? ["PRINCIPAL_CLERK_3", 10] : ["PRINCIPAL_CLERK_4", 8];
  } else if (rank === "SECTION_PRINCIPAL" && years >= 16 && rng.chance(0.7)) {
    [grade, after] = rng.chance(0.4) ? ["PRINCIPAL_CLERK_1", 22] : ["PRINCIPAL_CLERK_2", 16];
  }
  if (grade == null) return { grade: null, gradeSince: null };
  // the 2019 并行 reform graded everyone on 2019-06-01 at the earliest
  const since = addYears(person.workStartDate, after + rng.int(0, 2));
  const reform = new Date(Date.UTC(2019, 5, 1));
  const gradeSince = since.getTime() < reform.getTime() ? reform : since.getTime() > asOf.getTime() ? asOf : since;
  return { grade, gradeSince };
}

export function unitDisplayName(unit: UnitMeta): string {
  return unit.spec.type === "SOE" ? unit.spec.name : unit.spec.shortName;
}

/** 现任职务 as on the form: "东关街道党工委副书记", "区财政局二级主任科员". */
export function currentPostTitle(post: PostMeta, grade: Grade | null): string {
  const unit = unitDisplayName(post.unit);
  if (post.kind === "staff" && grade && GRADE_LABEL[grade]) return unit + GRADE_LABEL[grade];
  return unit + post.title;
}
