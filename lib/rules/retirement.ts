// 法定退休年龄: one reading for the work lists (退休提醒) and 班子分析 (DP-TEAM-TURNOVER).
// The profile sets the base ages (dp.team: men 60, women 55, women at 处级 60 — the 女性处级干部
// 年满60周岁退休 of cadre policy). On top, the NPC Standing Committee's 2024 decision on gradually
// raising the retirement age (《关于实施渐进式延迟法定退休年龄的决定》, from 2025-01-01) raises
// men's 60 to 63 and women cadres' 55 to 58: one month later for every four months of birth from
// January 1965 (men) and January 1970 (women), at most 36 months. A base the profile already sets
// higher than the raised age (a woman at 处级: 60 against at most 58) is kept. Pure: no clock.
import type { Gender, Rank } from "./model/enums";
import type { ResolvedProfile } from "./profiles/types";
import { addMonths } from "./util/dates";

/** The statutory scheme of the 2024 decision: the age it raises and the first birth year raised. */
const SCHEME: Record<Gender, { baseYears: number; fromYear: number }> = {
  MALE: { baseYears: 60, fromYear: 1965 },
  FEMALE: { baseYears: 55, fromYear: 1970 },
};
const MONTHS_PER_STEP = 4;
const MAX_DELAY_MONTHS = 36;
const DIVISION: ReadonlySet<Rank> = new Set(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]);

/** The base retirement ages a profile sets (the district profile's dp.team values by default). */
export interface RetirementAges {
  male: number;
  female: number;
  femaleDivision: number;
}

export const STATUTORY_RETIREMENT_AGES: RetirementAges = { male: 60, female: 55, femaleDivision: 60 };

export function retirementAgesOf(profile: ResolvedProfile): RetirementAges {
  const t = profile.params.dp.team;
  return { male: t.retirementAgeMale, female: t.retirementAgeFemale, femaleDivision: t.retirementAgeFemaleDivision };
}

/** The base age (周岁) for a gender and rank: women at 处级 have their own. */
export function retirementBaseYears(gender: Gender, rank: Rank | null, ages: RetirementAges): number {
  if (gender === "MALE") return ages.male;
  return rank && DIVISION.has(rank) ? ages.femaleDivision : ages.female;
}

/** Months the statutory age is raised for someone born in that month (0 before the scheme). */
export function retirementDelayMonths(birthDate: Date, gender: Gender): number {
  const s = SCHEME[gender];
  const since = (birthDate.getUTCFullYear() - s.fromYear) * 12 + birthDate.getUTCMonth();
  if (since < 0) return 0;
  return Math.min(MAX_DELAY_MONTHS, Math.floor(since / MONTHS_PER_STEP) + 1);
}

/** The retirement age in months: the base, or the raised statutory age when that is later. */
export function retirementAgeMonths(birthDate: Date, gender: Gender, baseYears: number): number {
  const raised = SCHEME[gender].baseYears * 12 + retirementDelayMonths(birthDate, gender);
  return Math.max(baseYears * 12, raised);
}

/** "60周岁5个月", "58周岁", the age written on a reminder. */
export function retirementAgeText(months: number): string {
  return `${Math.floor(months / 12)}周岁${months % 12 ? `${months % 12}个月` : ""}`;
}

/** The day the cadre reaches the retirement age (the birthday itself, 年满). */
export function retirementDate(birthDate: Date, gender: Gender, baseYears = SCHEME[gender].baseYears): Date {
  return addMonths(birthDate, retirementAgeMonths(birthDate, gender, baseYears));
}
