// 年度考核结果: free text on the form (`2022年称职；2023年优秀；2024年优秀`, also
// `2022、2023年度考核均为称职`) ↔ one grade per year. Pure.
import type { AssessmentGrade } from "@/lib/domain/enums";
import { assessmentGradeLabel } from "@/lib/labels";
import { toHalfWidth } from "./loose-date";

export interface AssessmentDraft {
  year: number;
  grade: AssessmentGrade;
}

// Longest alternatives first (基本称职 before 称职). 合格 is the institution staff's wording.
const GRADES: Record<string, AssessmentGrade> = {
  优秀: "EXCELLENT",
  基本称职: "BASICALLY_COMPETENT",
  不称职: "INCOMPETENT",
  称职: "COMPETENT",
  不定等次: "UNGRADED",
  基本合格: "BASICALLY_COMPETENT",
  不合格: "INCOMPETENT",
  合格: "COMPETENT",
};
const ITEM =
  /((?:\d{4}\s*[、,，和及]\s*)*\d{4})\s*年度?(?:考核)?(?:结果|等次)?(?:均|都)?(?:为|是|评为|被评为)?\s*[:：]?\s*(优秀|基本称职|不称职|称职|不定等次|基本合格|不合格|合格)/g;

/** Grades by year, ascending; a year named twice keeps its last grade. */
export function parseAssessments(text: string | null | undefined): AssessmentDraft[] {
  const byYear = new Map<number, AssessmentGrade>();
  for (const m of toHalfWidth(text ?? "").matchAll(ITEM)) {
    for (const y of m[1].split(/[^\d]+/).filter(Boolean)) byYear.set(Number(y), GRADES[m[2]]);
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, grade]) => ({ year, grade }));
}

/** `2022年称职；2023年优秀；2024年优秀` for the given years (ascending). */
export function formatAssessments(items: readonly AssessmentDraft[]): string {
  return [...items]
    .sort((a, b) => a.year - b.year)
    .map((a) => `${a.year}年${assessmentGradeLabel[a.grade]}`)
    .join("；");
}
