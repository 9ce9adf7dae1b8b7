// Code values a 花名册 spells as text (职务层次, 职级, 编制类型, 民族, 健康状况), read tolerantly:
// the label itself or a common variant. Pure.
import type { EstablishmentType, Grade, HealthStatus, Rank } from "@/lib/domain/enums";
import { establishmentTypeLabel, gradeLabel, rankLabel } from "@/lib/labels";
import { ETHNICITIES } from "@/lib/labels/ethnicities";

function inverse<T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of Object.entries(labels) as [T, string][]) m.set(v, k);
  for (const [k, v] of Object.entries(extra)) m.set(k, v);
  return m;
}

const RANKS = inverse<Rank>(rankLabel, {
  正处: "DIVISION_PRINCIPAL",
  副处: "DIVISION_DEPUTY",
  正科: "SECTION_PRINCIPAL",
  副科: "SECTION_DEPUTY",
  科员级: "STAFF",
});
const GRADES = inverse<Grade>(gradeLabel);
const ESTABLISHMENT = inverse<EstablishmentType>(establishmentTypeLabel, {
  行政: "CIVIL_SERVANT",
  行政编制: "CIVIL_SERVANT",
  公务员编制: "CIVIL_SERVANT",
  参照公务员法管理: "CIVIL_SERVANT_MANAGED",
  参公管理: "CIVIL_SERVANT_MANAGED",
  参公事业: "CIVIL_SERVANT_MANAGED",
  事业编制: "INSTITUTION_STAFF",
  事业单位: "INSTITUTION_STAFF",
});
const HEALTH: Record<string, HealthStatus> = {
  健康: "HEALTHY",
  良好: "HEALTHY",
  一般: "FAIR",
  较差: "POOR",
  差: "POOR",
};
const ETHNIC = new Set<string>(ETHNICITIES);

const clean = (s: string) => s.replace(/\s+/g, "");

export const rankOf = (s: string): Rank | null => RANKS.get(clean(s)) ?? null;
export const gradeOf = (s: string): Grade | null => GRADES.get(clean(s)) ?? null;
export const establishmentOf = (s: string): EstablishmentType | null => ESTABLISHMENT.get(clean(s)) ?? null;
export const healthOf = (s: string): HealthStatus | null => HEALTH[clean(s)] ?? null;

/** `汉族`, also `汉` (the 族 left out). */
export function ethnicityOf(s: string): string | null {
  const t = clean(s);
  if (ETHNIC.has(t)) return t;
  if (ETHNIC.has(`${t}族`)) return `${t}族`;
  return null;
}

export const RANK_CHOICES = Object.values(rankLabel).join("、");
export const GRADE_CHOICES = Object.values(gradeLabel).join("、");
export const ESTABLISHMENT_CHOICES = Object.values(establishmentTypeLabel).join("、");
