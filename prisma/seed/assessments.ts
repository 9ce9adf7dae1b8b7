// 年度考核 for 2023–2025: mostly 称职, about 15–20% 优秀 (more among promising cadres),
// a few 基本称职/不称职; newcomers in their probation year are 不定等次. Sanctions adjust the
// grade of the year they were decided in (sanctions.ts), planned problems are honoured.
import type { AssessmentGrade, Prisma } from "../../lib/generated/prisma/client";
import type { SeedContext } from "./context";
import type { Person } from "./model";

export const ASSESSMENT_YEARS = [2023, 2024, 2025];

export type AssessmentIndex = Map<Person, Map<number, Prisma.AssessmentCreateManyInput>>;

export function buildAssessments(ctx: SeedContext, people: Person[]): AssessmentIndex {
  const rng = ctx.root.fork("assessments");
  const index: AssessmentIndex = new Map();
  for (const p of people) {
    const byYear = new Map<number, Prisma.AssessmentCreateManyInput>();
    const lastYear = p.leftOn ? p.leftOn.getUTCFullYear() - 1 : ASSESSMENT_YEARS[ASSESSMENT_YEARS.length - 1];
    const clean = p.inPool || p.nominated || Object.keys(p.planned).length > 0;
    for (const year of ASSESSMENT_YEARS) {
      if (year > lastYear) break;
      const start = p.workStartDate;
      if (start.getUTCFullYear() > year) continue;
      let grade: AssessmentGrade;
      let note: string | null = null;
      if (start.getUTCFullYear() === year) {
        if (start.getUTCMonth() >= 9) continue; // joined in the fourth quarter: not assessed
        grade = "UNGRADED";
        note = "新录用人员试用期内，不定等次";
      } else if (p.planned.basicAssessmentYear === year) {
        grade = "BASICALLY_COMPETENT";
      } else {
        const excellent = 0.04 + 0.28 * p.merit;
        const r = rng.next();
        grade =
          r < excellent
            ? "EXCELLENT"
            : !clean && r > 0.985
              ? r > 0.997
                ? "INCOMPETENT"
                : "BASICALLY_COMPETENT"
              : "COMPETENT";
      }
      const row: Prisma.AssessmentCreateManyInput = {
        id: ctx.ids.next("assessment"),
        cadreId: p.id,
        year,
        grade,
        note,
        ...ctx.stamp,
      };
      byYear.set(year, row);
      ctx.rows.assessments.push(row);
    }
    index.set(p, byYear);
  }
  return index;
}
