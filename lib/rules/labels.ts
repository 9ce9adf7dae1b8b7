// The Chinese text of the enums that the rules' messages name (rank, grade, tier, education,
// assessment, unit type, nomination stage), defined once here because lib/rules imports nothing outside itself;
// lib/labels re-exports them beside every other enum's text (GLOSSARY.md).
import type { AssessmentGrade, EducationLevel, Grade, NominationStage, PoolTier, Rank, UnitType } from "./model/enums";

export const unitTypeLabel: Record<UnitType, string> = {
  STREET: "街道",
  TOWNSHIP: "乡镇",
  PARTY_GOV_DEPT: "党政工作部门",
  DISTRICT_UNIT: "其他区直单位",
  INSTITUTION: "事业单位",
  SCHOOL: "学校",
  SOE: "国有企业",
};

export const rankLabel: Record<Rank, string> = {
  DIVISION_PRINCIPAL: "正处级",
  DIVISION_DEPUTY: "副处级",
  SECTION_PRINCIPAL: "正科级",
  SECTION_DEPUTY: "副科级",
  STAFF: "科员",
};

export const gradeLabel: Record<Grade, string> = {
  PRINCIPAL_CLERK_1: "一级主任科员",
  PRINCIPAL_CLERK_2: "二级主任科员",
  PRINCIPAL_CLERK_3: "三级主任科员",
  PRINCIPAL_CLERK_4: "四级主任科员",
  CLERK_1: "一级科员",
  CLERK_2: "二级科员",
};

export const educationLevelLabel: Record<EducationLevel, string> = {
  DOCTORATE_STUDY: "博士研究生",
  MASTER_STUDY: "硕士研究生",
  BACHELOR: "大学本科",
  JUNIOR_COLLEGE: "大学专科",
  TECHNICAL_SECONDARY: "中专",
  HIGH_SCHOOL: "高中",
  BELOW_HIGH_SCHOOL: "初中及以下",
};

export const assessmentGradeLabel: Record<AssessmentGrade, string> = {
  EXCELLENT: "优秀",
  COMPETENT: "称职",
  BASICALLY_COMPETENT: "基本称职",
  INCOMPETENT: "不称职",
  UNGRADED: "不定等次",
};

/**
 * A tier's one name, on every screen, export, report and rule message. district-2020's tiers
 * are named as its document names them (正处级年轻干部…, never the bare 正处级, which is a rank);
 * shushan-2012's are the glossary's 正职后备 / 副职后备.
 */
export const poolTierLabel: Record<PoolTier, string> = {
  DIVISION_PRINCIPAL: "正处级年轻干部",
  DIVISION_DEPUTY: "副处级年轻干部",
  SECTION: "科级年轻干部",
  PRINCIPAL_RESERVE: "正职后备",
  DEPUTY_RESERVE: "副职后备",
};

export const nominationStageLabel: Record<NominationStage, string> = {
  PROPOSED: "动议",
  RECOMMENDED: "民主推荐",
  INVESTIGATED: "考察",
  DELIBERATED: "酝酿",
  DECIDED: "讨论决定",
  PUBLICIZED: "公示",
  APPOINTED: "任职",
  REJECTED: "未通过",
  WITHDRAWN: "已撤回",
};

/** A verdict's outcome (Verdict.outcome), as the eligibility panel and the pool pages show it. */
export const verdictOutcomeLabel: Record<"ELIGIBLE" | "WARNINGS" | "INELIGIBLE" | "NOT_APPLICABLE", string> = {
  ELIGIBLE: "符合",
  WARNINGS: "符合（有提示）",
  INELIGIBLE: "不符合",
  NOT_APPLICABLE: "不适用",
};

/** One check's outcome: 通过 / 不通过 / 提示 / 不适用. */
export function checkOutcomeLabel(c: { passed: boolean; severity: "hard" | "soft"; notApplicable?: boolean }): string {
  if (c.notApplicable) return "不适用";
  if (c.passed) return "通过";
  return c.severity === "hard" ? "不通过" : "提示";
}
