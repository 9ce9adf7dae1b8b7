// district-2020 pool structure: size per tier (D20-POOL-SIZE), women (D20-POOL-WOMEN),
// minorities and non-CPC cadres (D20-POOL-MINORITY/-NONPARTY), domains (D20-POOL-DOMAINS),
// tier age limits (D20-AGE-*) and the full-time bachelor share (D20-EDU).
import { describeRequirement, educationRank } from "../education";
import { poolTierLabel } from "../labels";
import type { PoolTier } from "../model/enums";
import type { PoolRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { RuleId } from "../registry/rule-ids";
import type { Goal } from "../util/rows";
import { FEMALE, inDomain, MINORITY, NON_PARTY } from "./compact-entries";
import type { PoolContext } from "./pool-context";
import { always, hasFlag, ofTier, ofTiers, poolRow, stayers, staysLater } from "./pool-context";
import { tierAgeLimit } from "./tier-limits";

const D20_TIERS: PoolTier[] = ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION"];

function sizeRows(ctx: PoolContext, base: number[]): PoolRow[] {
  const p = ctx.profile.params.d20.pool;
  const tol = ctx.profile.params.conventions.countTolerance;
  const targets: [PoolTier | "TOTAL", number][] = [
    ["DIVISION_PRINCIPAL", p.divisionPrincipal],
    ["DIVISION_DEPUTY", p.divisionDeputy],
    ["SECTION", p.section],
    ["TOTAL", p.total],
  ];
  return targets.map(([tier, count]) => {
    const items = tier === "TOTAL" ? base : ofTier(ctx.day, base, tier);
    return poolRow(ctx, {
      key: `D20-POOL-SIZE:${tier}`,
      ruleId: "D20-POOL-SIZE",
      label: tier === "TOTAL" ? "科级以上优秀年轻干部总数" : `${poolTierLabel[tier]}人数`,
      items,
      counts: always,
      countsLater: staysLater(ctx.day),
      goal: { kind: "about", count, tolerance: tol },
    });
  });
}

function diversityRows(ctx: PoolContext, base: number[]): PoolRow[] {
  const p = ctx.profile.params.d20.pool;
  const later = stayers(ctx.day, base);
  const row = (key: string, ruleId: RuleId, label: string, pred: (k: number) => boolean, goal: Goal) =>
    poolRow(ctx, {
      key,
      ruleId,
      label,
      items: base,
      counts: pred,
      laterItems: later,
      countsLater: pred,
      goal,
      trackLacking: false,
    });
  const rows: PoolRow[] = [];
  if (ruleOn(ctx.profile, "D20-POOL-WOMEN")) {
    rows.push(
      row("D20-POOL-WOMEN", "D20-POOL-WOMEN", "女干部比例", hasFlag(ctx.day, FEMALE), {
        kind: "ratio",
        ratio: p.womenMinRatio,
        style: "percent",
      }),
    );
  }
  if (ruleOn(ctx.profile, "D20-POOL-MINORITY")) {
    rows.push(
      row("D20-POOL-MINORITY", "D20-POOL-MINORITY", "少数民族干部", hasFlag(ctx.day, MINORITY), {
        kind: "count",
        count: p.minorityMinCount,
      }),
    );
  }
  if (ruleOn(ctx.profile, "D20-POOL-NONPARTY")) {
    rows.push(
      row("D20-POOL-NONPARTY", "D20-POOL-NONPARTY", "党外干部", hasFlag(ctx.day, NON_PARTY), {
        kind: "count",
        count: p.nonPartyMinCount,
      }),
    );
  }
  if (ruleOn(ctx.profile, "D20-POOL-DOMAINS")) {
    for (const d of p.domains) {
      rows.push(
        row(`D20-POOL-DOMAINS:${d}`, "D20-POOL-DOMAINS", `熟悉${d}领域的储备`, inDomain(ctx.day.compact, d), {
          kind: "count",
          count: 1,
        }),
      );
    }
  }
  return rows;
}

function ageAndEducationRows(ctx: PoolContext, base: number[]): PoolRow[] {
  const { age, ageLater, eduAny, eduFullTime } = ctx.day;
  const rows: PoolRow[] = [];
  for (const tier of D20_TIERS) {
    const limit = tierAgeLimit(tier, ctx.profile);
    if (!limit) continue;
    rows.push(
      poolRow(ctx, {
        key: `${limit.ruleId}:${tier}`,
        ruleId: limit.ruleId,
        label: `${poolTierLabel[tier]}年龄不超过${limit.maxAge}岁`,
        items: ofTier(ctx.day, base, tier),
        counts: (k) => age[k] <= limit.maxAge,
        countsLater: (k) => ageLater[k] <= limit.maxAge,
        goal: { kind: "all" },
      }),
    );
  }
  if (ruleOn(ctx.profile, "D20-EDU")) {
    const { minLevel, fullTimeOnly } = ctx.profile.params.d20.education;
    const min = educationRank(minLevel);
    rows.push(
      poolRow(ctx, {
        key: "D20-EDU",
        ruleId: "D20-EDU",
        label: `具有${describeRequirement(minLevel, fullTimeOnly)}`,
        items: base,
        counts: fullTimeOnly ? (k) => eduFullTime[k] >= min : (k) => eduAny[k] >= min,
        goal: { kind: "all" },
      }),
    );
  }
  return rows;
}

export function d20PoolRows(ctx: PoolContext): PoolRow[] {
  const base = ofTiers(ctx.day, D20_TIERS);
  return [
    ...(ruleOn(ctx.profile, "D20-POOL-SIZE") ? sizeRows(ctx, base) : []),
    ...diversityRows(ctx, base),
    ...ageAndEducationRows(ctx, base),
  ];
}
