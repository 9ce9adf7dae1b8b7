// The education cells of a 任免审批表: for 全日制 and 在职 each, 学历, 学位 and 毕业院校系及专业.
// Files store labels as people write them (`大学`, `研究生`, `法学学士`, `安徽大学法学专业`);
// this maps them to the schema's EducationLevel / Degree and back. Pure.
import type { Degree, EducationLevel } from "@/lib/domain/enums";
import { educationLevelLabel } from "@/lib/labels";
import { toHalfWidth } from "./loose-date";

export interface EducationDraft {
  /** 学历 as written in the file */
  levelText: string;
  level: EducationLevel | null;
  /** 学位 as written */
  degreeText: string;
  degree: Degree;
  /** 学科门类 written before the degree (经济学 of 经济学学士), null when the file has none */
  degreeDiscipline: string | null;
  /** 毕业院校 (up to the first 大学/学院/党校/学校) */
  school: string;
  /** 系及专业, without a trailing 专业 */
  major: string | null;
}

// Longest first: 硕士研究生 must not be read as 研究生 only.
const LEVELS: Array<[RegExp, EducationLevel]> = [
  [/博士/, "DOCTORATE_STUDY"],
  [/硕士|研究生/, "MASTER_STUDY"],
  [/专科|大专|高职/, "JUNIOR_COLLEGE"],
  [/本科|大学/, "BACHELOR"],
  [/中专|中技|技校|职高/, "TECHNICAL_SECONDARY"],
  [/高中/, "HIGH_SCHOOL"],
  [/初中|小学/, "BELOW_HIGH_SCHOOL"],
];

export function parseEducationLevel(text: string): EducationLevel | null {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  if (!t) return null;
  return LEVELS.find(([re]) => re.test(t))?.[1] ?? null;
}

export function parseDegree(text: string): Degree {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  if (/博士/.test(t)) return "DOCTOR";
  if (/硕士/.test(t)) return "MASTER";
  if (/学士/.test(t)) return "BACHELOR";
  return "NONE";
}

// `经济学学士`, `工商管理硕士学位`, `法学博士`: the part before the degree is its discipline.
const WITH_DISCIPLINE = /^(.+?)(学士|硕士|博士)(学位)?$/;

/** The 学科门类 of a written degree (经济学学士 → 经济学), null for a bare 学士/硕士/博士. */
export function parseDegreeDiscipline(text: string): string | null {
  const m = WITH_DISCIPLINE.exec(toHalfWidth(text).replace(/\s+/g, ""));
  return m ? m[1] : null;
}

const DEGREE_TEXT: Record<Degree, string> = { DOCTOR: "博士", MASTER: "硕士", BACHELOR: "学士", NONE: "" };

/** The degree as printed and written to files: its discipline, then the label (法学硕士). */
export function degreeText(degree: Degree, discipline?: string | null): string {
  return degree === "NONE" ? "" : `${discipline ?? ""}${DEGREE_TEXT[degree]}`;
}

const SCHOOL_END = /(大学|学院|党校|学校|研究院)/;

/**
 * `安徽大学法学院法学专业` → school `安徽大学`, major `法学院法学`. The split is only a guess, but
 * it is stable: `schoolAndMajorText(split(t))` gives `t` back (with a trailing 专业).
 */
export function splitSchoolAndMajor(text: string): { school: string; major: string | null } {
  const t = text.trim(); // as written: 公共管理（MPA） keeps its full-width brackets
  const m = SCHOOL_END.exec(t);
  if (!m) return { school: t, major: null };
  const cut = m.index + m[0].length;
  const major = t.slice(cut).replace(/专业$/, "").trim();
  return { school: t.slice(0, cut), major: major || null };
}

/** 院校系及专业 as printed: `合肥工业大学会计学专业`. */
export function schoolAndMajorText(school: string, major: string | null | undefined): string {
  const m = (major ?? "").trim();
  if (!m) return school.trim();
  return `${school.trim()}${m}${m.endsWith("专业") ? "" : "专业"}`;
}

/** 学历学位 as printed in one cell: `大学本科 法学学士`. */
export function levelAndDegreeText(level: EducationLevel | null, degree: Degree, discipline?: string | null): string {
  return [level ? educationLevelLabel[level] : "", degreeText(degree, discipline)].filter(Boolean).join(" ");
}

/** One education slot from the four LRMX cells; null when all are blank. */
export function educationFromCells(cells: {
  levelText: string;
  degreeText: string;
  levelSchool: string;
  degreeSchool: string;
}): EducationDraft | null {
  const levelText = cells.levelText.trim();
  const degreeText = cells.degreeText.trim();
  const schoolText = cells.levelSchool.trim() || cells.degreeSchool.trim();
  if (!levelText && !degreeText && !schoolText) return null;
  const degree = parseDegree(degreeText);
  return {
    levelText,
    level: parseEducationLevel(levelText),
    degreeText,
    degree,
    degreeDiscipline: degree === "NONE" ? null : parseDegreeDiscipline(degreeText),
    ...splitSchoolAndMajor(schoolText),
  };
}
