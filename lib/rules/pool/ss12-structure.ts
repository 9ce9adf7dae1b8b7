// shushan-2012 reserve structure: size (SS12-SIZE), age make-up of each tier (SS12-AGE-ZZ/FZ:
// "mainly about X, some about Y"), education (SS12-EDU-MIN/-BK), domains (SS12-DOMAINS) and
// diversity (SS12-DIVERSITY).
import { educationRank } from "../education";
import { poolTierLabel } from "../labels";
import type { EducationLevel, PoolTier } from "../model/enums";
import type { PoolRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { RuleId } from "../registry/rule-ids";
import type { Goal } from "../util/rows";
import { aboutBand, aboutCeiling } from "../util/tolerance";
import { FEMALE, inDomain, MINORITY, NON_PARTY } from "./compact-entries";
import type { PoolContext } from "./pool-context";
import { always, hasFlag, ofTier, ofTiers, poolRow, stayers, staysLater } from "./pool-context";

const SS12_TIERS: PoolTier[] = ["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"];

function sizeRows(ctx: PoolContext, base: number[]): PoolRow[] {
  const p = ctx.profile.params.ss12;
  const tol = ctx.profile.params.conventions.countTolerance;
  const targets: [PoolTier | "TOTAL", number][] = [
    ["PRINCIPAL_RESERVE", p.principalReserve],
    ["DEPUTY_RESERVE", p.deputyReserve],
    ["TOTAL", p.total],
  ];
  return targets.map(([tier, count]) =>
    poolRow(ctx, {
      key: `SS12-SIZE:${tier}`,
      ruleId: "SS12-SIZE",
      label: tier === "TOTAL" ? "科级后备干部总数" : `${poolTierLabel[tier]}人数`,
      items: tier === "TOTAL" ? base : ofTier(ctx.day, base, tier),
      counts: always,
      countsLater: staysLater(ctx.day),
      goal: { kind: "about", count, tolerance: tol },
    }),
  );
}

/** "以X岁左右为主体，其中Y岁左右要有一定数量": a majority in X±tol, and some aged ≤ Y+tol. */
function ageRows(
  ctx: PoolContext,
  base: number[],
  tier: PoolTier,
  ruleId: RuleId,
  main: number,
  some: number,
): PoolRow[] {
  const p = ctx.profile.params;
  const items = ofTier(ctx.day, base, tier);
  const { age, ageLater } = ctx.day;
  const band = aboutBand(main, p.conventions.aboutTolerance);
  const someMax = aboutCeiling(some, p.conventions.aboutTolerance);
  const who = poolTierLabel[tier];
  return [
    poolRow(ctx, {
      key: `${ruleId}:MAIN`,
      ruleId,
      label: `${who}以${main}岁左右（${band.min}—${band.max}岁）为主体`,
      items,
      counts: (k) => age[k] >= band.min && age[k] <= band.max,
      countsLater: (k) => ageLater[k] >= band.min && ageLater[k] <= band.max,
      goal: { kind: "ratio", ratio: p.ss12.mainMinShare, style: "percent" },
    }),
    poolRow(ctx, {
      key: `${ruleId}:SOME`,
      ruleId,
      label: `${who}中${some}岁左右（不超过${someMax}岁）要有一定数量`,
      items,
      counts: (k) => age[k] <= someMax,
      countsLater: (k) => ageLater[k] <= someMax,
      goal: { kind: "count", count: p.ss12.someMinCount },
      trackLacking: false,
    }),
  ];
}

function educationRows(ctx: PoolContext, base: number[]): PoolRow[] {
  const p = ctx.profile.params.ss12;
  const eduAny = ctx.day.eduAny;
  const edu = (k: number, level: EducationLevel) => eduAny[k] >= educationRank(level);
  const rows: PoolRow[] = [];
  if (ruleOn(ctx.profile, "SS12-EDU-MIN")) {
    rows.push(
      poolRow(ctx, {
        key: "SS12-EDU-MIN",
        ruleId: "SS12-EDU-MIN",
        label: "具有大专以上学历",
        items: base,
        counts: (k) => edu(k, p.minEducation),
        goal: { kind: "all" },
      }),
    );
  }
  if (ruleOn(ctx.profile, "SS12-EDU-BK")) {
    rows.push(
      poolRow(ctx, {
        key: "SS12-EDU-BK:BACHELOR",
        ruleId: "SS12-EDU-BK",
        label: "大学本科以上学历比例",
        items: base,
        counts: (k) => edu(k, "BACHELOR"),
        goal: { kind: "ratio", ratio: p.bachelorMinRatio, style: "percent" },
      }),
      poolRow(ctx, {
        key: "SS12-EDU-BK:POSTGRADUATE",
        ruleId: "SS12-EDU-BK",
        label: "研究生学历（一定数量）",
        items: base,
        counts: (k) => edu(k, "MASTER_STUDY"),
        goal: { kind: "count", count: p.someMinCount },
        trackLacking: false,
      }),
    );
  }
  return rows;
}

function mixRows(ctx: PoolContext, base: number[]): PoolRow[] {
  const p = ctx.profile.params.ss12;
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
  if (ruleOn(ctx.profile, "SS12-DOMAINS")) {
    for (const d of p.domains)
      rows.push(
        row(`SS12-DOMAINS:${d}`, "SS12-DOMAINS", `熟悉${d}业务的后备干部`, inDomain(ctx.day.compact, d), {
          kind: "count",
          count: 1,
        }),
      );
  }
  if (ruleOn(ctx.profile, "SS12-DIVERSITY")) {
    const goal: Goal = { kind: "count", count: p.diversityMinCount };
    rows.push(
      row("SS12-DIVERSITY:WOMEN", "SS12-DIVERSITY", "女干部", hasFlag(ctx.day, FEMALE), goal),
      row("SS12-DIVERSITY:MINORITY", "SS12-DIVERSITY", "少数民族干部", hasFlag(ctx.day, MINORITY), goal),
      row("SS12-DIVERSITY:NONPARTY", "SS12-DIVERSITY", "非中共党员干部", hasFlag(ctx.day, NON_PARTY), goal),
    );
  }
  return rows;
}

export function ss12PoolRows(ctx: PoolContext): PoolRow[] {
  const base = ofTiers(ctx.day, SS12_TIERS);
  const p = ctx.profile.params.ss12;
  return [
    ...(ruleOn(ctx.profile, "SS12-SIZE") ? sizeRows(ctx, base) : []),
    ...(ruleOn(ctx.profile, "SS12-AGE-ZZ")
      ? ageRows(ctx, base, "PRINCIPAL_RESERVE", "SS12-AGE-ZZ", p.principalMainAge, p.principalSomeAge)
      : []),
    ...(ruleOn(ctx.profile, "SS12-AGE-FZ")
      ? ageRows(ctx, base, "DEPUTY_RESERVE", "SS12-AGE-FZ", p.deputyMainAge, p.deputySomeAge)
      : []),
    ...educationRows(ctx, base),
    ...mixRows(ctx, base),
  ];
}
