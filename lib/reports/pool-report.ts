// 优秀年轻干部库结构: the active pool on the report's date by tier × age band × gender ×
// education, by 熟悉领域, and the year's entries, exits and reviews (done, due, due within the
// dashboard's horizon). Age bands are the rules' pyramid bands (ageBands: ≤30, 31–35, 36–40,
// 41–45, ≥46), education the dashboard's buckets; entries and exits are poolFlows' count.
import { poolFlows } from "@/lib/dashboard/pool-flows";
import { educationLevelLabel, poolTierNamesUnder } from "@/lib/labels";
import { ageOn, educationRank, educationRankOn, type PoolEntryFact } from "@/lib/rules";
import type { ReportInput } from "./input";
import type { Cell, ReportTable } from "./model";
import { activeEntries, inScope, tiersOf } from "./pool-scope";
import { sumColumns } from "./tabulate";
import { ageBandHeaders, bandOf } from "./thresholds";

export const POOL_AGE_EDGES = [30, 35, 40, 45] as const;
const EDU_BUCKETS = ["DOCTORATE_STUDY", "MASTER_STUDY", "BACHELOR", "JUNIOR_COLLEGE"] as const;
const BACHELOR = educationRank("BACHELOR");

/** Index of the education bucket: the highest record in any mode, 中专及以下 last. */
function eduBucket(e: PoolEntryFact, t: number): number {
  const r = educationRankOn(e.cadre.education ?? [], t, false);
  const k = EDU_BUCKETS.findIndex((l) => r === educationRank(l));
  return k < 0 || r === 0 ? EDU_BUCKETS.length : k;
}

/** The size targets of the profile's tier sets (district-2020 and shushan-2012). */
const SIZE_RULES: readonly string[] = ["D20-POOL-SIZE", "SS12-SIZE"];

export function poolReport(input: ReportInput): ReportTable[] {
  const { asOf } = input;
  const t = asOf.getTime();
  const active = activeEntries(input);
  const sizeRows = input.unitType ? [] : input.poolRows.filter((r) => SIZE_RULES.includes(r.ruleId));
  const sizeTargets = new Map(sizeRows.map((r) => [r.key.split(":")[1], r.target.count]));
  const sizeRuleIds = [...new Set(sizeRows.map((r) => r.ruleId))].join("、") || "D20-POOL-SIZE";
  const tierNames = poolTierNamesUnder(input.profile);
  const tiers = tiersOf(active, new Set(sizeTargets.keys()));
  const bands = ageBandHeaders(asOf, POOL_AGE_EDGES);
  const structure = tiers.map((tier) => {
    const es = active.filter((e) => e.tier === tier);
    const f = new Array<number>(3 + bands.length * 2 + EDU_BUCKETS.length + 2).fill(0);
    for (const e of es) {
      const female = e.cadre.gender === "FEMALE";
      f[0]++;
      f[female ? 2 : 1]++;
      f[3 + bandOf(ageOn(e.cadre.birthDate, asOf), POOL_AGE_EDGES) * 2 + (female ? 1 : 0)]++;
      f[3 + bands.length * 2 + eduBucket(e, t)]++;
      if (educationRankOn(e.cadre.education ?? [], t, true) >= BACHELOR) f[f.length - 1]++;
    }
    return { tier, f };
  });
  const width = 3 + bands.length * 2 + EDU_BUCKETS.length + 2;
  const domains = [...new Set(active.map((e) => e.domain ?? "（未填）"))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  const domainRows = domains.map((d) => {
    const f = tiers.map((tier) => active.filter((e) => e.tier === tier && (e.domain ?? "（未填）") === d).length);
    return [d, ...f, f.reduce((a, b) => a + b, 0)];
  });
  return [
    {
      name: "层级结构",
      headers: [
        "层级",
        ...(input.unitType ? [] : [`规模目标（${sizeRuleIds}）`]),
        "在库（人）",
        "男",
        "女",
        ...bands.flatMap((b) => [`${b}·男`, `${b}·女`]),
        ...EDU_BUCKETS.map((l) => `最高学历${educationLevelLabel[l]}`),
        "最高学历中专及以下",
        "全日制大学本科及以上",
      ],
      rows: structure.map(({ tier, f }) => [
        tierNames[tier],
        ...(input.unitType ? [] : [sizeTargets.get(tier) ?? "—"]),
        ...f,
      ]),
      totals: [
        [
          "合计",
          ...(input.unitType ? [] : [sizeTargets.get("TOTAL") ?? "—"]),
          ...sumColumns(
            structure.map((s) => s.f),
            width,
          ),
        ],
      ],
      notes: [
        "在库：入库日期不晚于统计日期、尚未出库。年龄按截至统计日期的周岁计算；学历按截至统计日期已毕业的最高学历（含在职）。",
      ],
    },
    {
      name: "熟悉领域",
      headers: ["熟悉领域", ...tiers.map((tier) => tierNames[tier]), "合计"],
      rows: domainRows,
      totals: [
        [
          "合计",
          ...sumColumns(
            domainRows.map((r) => r.slice(1) as number[]),
            tiers.length + 1,
          ),
        ],
      ],
    },
    { name: "进出与研判", ...flowsTable(input) },
  ];
}

function flowsTable(input: ReportInput): Omit<ReportTable, "name"> {
  const year = input.asOf.getUTCFullYear();
  const t = input.asOf.getTime();
  const yearStart = Date.UTC(year, 0, 1);
  const entries = input.entries.filter((e) => inScope(input, e));
  const flows = poolFlows(entries, input.asOf).find((y) => y.year === year) ?? { entries: 0, exits: 0 };
  const ids = new Set(entries.map((e) => e.id));
  const reviewed = input.reviews.filter(
    (r) => ids.has(r.poolEntryId) && r.reviewedOn.getTime() >= yearStart && r.reviewedOn.getTime() <= t,
  ).length;
  const due = input.reviewsDue.filter((r) => ids.has(r.entryId));
  const row: Cell[] = [
    activeEntries(input).length,
    flows.entries,
    flows.exits,
    reviewed,
    due.filter((r) => r.status === "DUE").length,
    due.filter((r) => r.status === "UPCOMING").length,
  ];
  return {
    headers: [
      "在库（人）",
      `${year}年入库（截至统计日期）`,
      `${year}年出库（截至统计日期）`,
      `${year}年已研判（次）`,
      "研判已到期（D20-REVIEW-ANNUAL）",
      `${input.reviewHorizonDays}天内到期`,
    ],
    rows: [row],
    totals: [],
    notes: ["研判周期按政策配置（D20-REVIEW-ANNUAL 每年一次）：自上次研判（未研判的自入库）起算。"],
  };
}
