// The national standard codes staff know beside the names Miaopu uses, for the 代码表 page and
// for exchange files that carry codes. Only where one of Miaopu's values is one national code
// (or a named range of them): 民主党派 covers the eight parties' codes 04—11 of GB/T 4762, and
// 初中及以下 the codes from 71 on in GB/T 4658. (民族: GB/T 3304, lib/labels/ethnicities.ts.)
import type { Degree, EducationLevel, PoliticalStatus } from "@/lib/domain/enums";

/** GB/T 4762-1984 政治面貌代码. */
export const politicalStatusCode: Record<PoliticalStatus, string> = {
  CPC_MEMBER: "01",
  CPC_PROBATIONARY: "02",
  CYL_MEMBER: "03",
  DEMOCRATIC_PARTY: "04—11",
  NON_PARTY: "12",
  MASSES: "13",
};

/** GB/T 4658-2006 学历代码 (the 毕业 codes of each level). */
export const educationLevelCode: Record<EducationLevel, string> = {
  DOCTORATE_STUDY: "11",
  MASTER_STUDY: "14",
  BACHELOR: "21",
  JUNIOR_COLLEGE: "31",
  TECHNICAL_SECONDARY: "41",
  HIGH_SCHOOL: "61",
  BELOW_HIGH_SCHOOL: "71及以后",
};

/** GB/T 6864-2003 学位代码 (the class of the degree: 2 博士, 3 硕士, 4 学士); 无 has none. */
export const degreeCode: Record<Degree, string> = {
  DOCTOR: "2",
  MASTER: "3",
  BACHELOR: "4",
  NONE: "",
};
