// Chinese labels used inside rule messages. Kept here so the pure rules module needs nothing
// from the UI layer.
import type { AssessmentGrade, EducationLevel, Grade, PoolTier, Rank, UnitType } from "./model/enums";

export const RANK_LABELS: Record<Rank, string> = {
  DIVISION_PRINCIPAL: "正处级",
  DIVISION_DEPUTY: "副处级",
  SECTION_PRINCIPAL: "正科级",
  SECTION_DEPUTY: "副科级",
  STAFF: "科员",
};

export const GRADE_LABELS: Record<Grade, string> = {
  PRINCIPAL_CLERK_1: "一级主任科员",
  PRINCIPAL_CLERK_2: "二级主任科员",
  PRINCIPAL_CLERK_3: "三级主任科员",
  PRINCIPAL_CLERK_4: "四级主任科员",
  CLERK_1: "一级科员",
  CLERK_2: "二级科员",
};

export const TIER_LABELS: Record<PoolTier, string> = {
  DIVISION_PRINCIPAL: "正处级年轻干部",
  DIVISION_DEPUTY: "副处级年轻干部",
  SECTION: "科级年轻干部",
  PRINCIPAL_RESERVE: "科级正职后备干部",
  DEPUTY_RESERVE: "科级副职后备干部",
};

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  DOCTORATE_STUDY: "博士研究生",
  MASTER_STUDY: "硕士研究生",
  BACHELOR: "大学本科",
  JUNIOR_COLLEGE: "大学专科",
  TECHNICAL_SECONDARY: "中专",
  HIGH_SCHOOL: "高中",
  BELOW_HIGH_SCHOOL: "高中以下",
};

export const ASSESSMENT_LABELS: Record<AssessmentGrade, string> = {
  EXCELLENT: "优秀",
  COMPETENT: "称职",
  BASICALLY_COMPETENT: "基本称职",
  INCOMPETENT: "不称职",
  UNGRADED: "不定等次",
};

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  STREET: "街道",
  TOWNSHIP: "乡镇",
  PARTY_GOV_DEPT: "党政工作部门",
  DISTRICT_UNIT: "区直单位",
  INSTITUTION: "事业单位",
  SCHOOL: "学校",
  SOE: "国有企业",
};
