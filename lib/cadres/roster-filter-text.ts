// The roster's filters written out in Chinese, for the 花名册's header lines (issue 24 item 4):
// whoever reads the printed or forwarded sheet sees which cadres it lists without the app.
// Pure: the unit's name comes from the caller (it needs a scoped read).
import {
  cadreStatusLabel,
  educationLevelLabel,
  genderLabel,
  gradeLabel,
  politicalStatusLabel,
  poolTierLabel,
  rankLabel,
  unitTypeLabel,
} from "@/lib/labels";
import type { PoolTier } from "@/lib/domain/enums";
import { ETHNICITY_MINORITY, type RosterQuery } from "@/lib/validation/roster-query";

const list = <T extends string>(values: readonly T[], label: Record<T, string>) =>
  values.map((v) => label[v]).join("、");

function ageText(q: RosterQuery): string | null {
  if (q.ageMin === undefined && q.ageMax === undefined) return null;
  if (q.ageMin !== undefined && q.ageMax !== undefined)
    return q.ageMin === q.ageMax ? `${q.ageMin}周岁` : `${q.ageMin}至${q.ageMax}周岁`;
  return q.ageMin !== undefined ? `${q.ageMin}周岁及以上` : `${q.ageMax}周岁及以下`;
}

function poolText(pool: NonNullable<RosterQuery["pool"]>, tierNames: Record<PoolTier, string>): string {
  if (pool === "IN") return "在库";
  if (pool === "OUT") return "不在库";
  return `在库（${tierNames[pool]}）`;
}

/**
 * "单位：…；职务层次：副科级、正科级；年龄：30至35周岁；…；状态：在职", in the filter bar's order.
 * The status is always said (no status filter means 在职, as the roster shows); ticked rows are
 * counted, not listed.
 */
export function rosterFilterText(
  q: RosterQuery,
  unitName?: string | null,
  /** the tiers' names under the profile in force (lib/labels/pool-tiers.ts) */
  tierNames: Record<PoolTier, string> = poolTierLabel,
): string {
  const parts: [string, string | null][] = [
    ["姓名或拼音", q.q ? `含“${q.q}”` : null],
    ["单位", q.unitId ? (unitName ?? "（指定单位）") : null],
    ["单位类别", q.unitType.length ? list(q.unitType, unitTypeLabel) : null],
    ["职务层次", q.rank.length ? list(q.rank, rankLabel) : null],
    ["职级", q.grade.length ? list(q.grade, gradeLabel) : null],
    ["年龄", ageText(q)],
    ["性别", q.gender ? genderLabel[q.gender] : null],
    ["民族", q.ethnicity ? (q.ethnicity === ETHNICITY_MINORITY ? "少数民族" : q.ethnicity) : null],
    ["政治面貌", q.political.length ? list(q.political, politicalStatusLabel) : null],
    ["全日制学历", q.eduMin ? `${educationLevelLabel[q.eduMin]}及以上` : null],
    ["985/211/双一流", q.elite ? "是" : null],
    ["熟悉领域", q.domain ?? null],
    ["在库", q.pool ? poolText(q.pool, tierNames) : null],
    [
      "状态",
      q.status.includes("ALL")
        ? "全部"
        : list(q.status.filter((s) => s !== "ALL") as Exclude<(typeof q.status)[number], "ALL">[], cadreStatusLabel) ||
          "在职",
    ],
    ["所选干部", q.ids.length ? `勾选的 ${q.ids.length} 人` : null],
  ];
  return parts
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}：${v}`)
    .join("；");
}
