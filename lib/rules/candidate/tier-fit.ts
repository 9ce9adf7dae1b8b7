// Tier fit (issue 19): the district stores its young cadres "按照岗位和层级" (D20 三(一)4), so a
// tier takes the cadres of its own level and of the level directly below, never from further
// down (D20-TIER-RANK, hard: a 科员 is not a 正处级 young cadre, whatever his age). Coming from
// the level below, the regulation's years for the promotion the tier prepares (2 years as
// 副处 for 正处, 3 as 正科 for 副处) are expected, but entry is not the promotion itself, so a
// shortfall is a warning that needs a recorded reason (D20-TIER-YEARS, soft). A cadre already
// above the tier's level: the tier does not apply to him (不适用), it is not a failure.
// The rank is the one held on asOf, from the history (rank-history.ts), not today's.
import { poolTierLabel, rankLabel } from "../labels";
import type { PoolTier, Rank } from "../model/enums";
import type { Check } from "../model/results";
import { formatDateLong } from "../util/dates";
import { tenureLabel } from "../util/tenure";
import type { CandidateContext } from "./context";
import { makeCheck, notApplicableCheck, on } from "./context";
import { atOrAbove, rankLevel, tenureAtRank } from "./rank-history";

interface TierLevel {
  /** the tier's own level */
  level: Rank;
  /** the lowest rank the tier takes */
  lowest: Rank | null;
  /** years at `lowest` expected before entry, when entering from it */
  years: (ctx: CandidateContext) => number | null;
}

const TIER_LEVELS: Partial<Record<PoolTier, TierLevel>> = {
  DIVISION_PRINCIPAL: {
    level: "DIVISION_PRINCIPAL",
    lowest: "DIVISION_DEPUTY",
    years: (ctx) => ctx.params.nat.deputyToPrincipalYears,
  },
  DIVISION_DEPUTY: {
    level: "DIVISION_DEPUTY",
    lowest: "SECTION_PRINCIPAL",
    years: (ctx) => ctx.params.nat.principalToHigherDeputyYears,
  },
  // 科级: 正科, 副科, and the 科员 to be newly promoted 副科 (三(一)1 names them); no years
  SECTION: { level: "SECTION_PRINCIPAL", lowest: null, years: () => null },
};

export function tierFitChecks(ctx: CandidateContext, tier: PoolTier): Check[] {
  const t = TIER_LEVELS[tier];
  if (!t || !on(ctx, "D20-TIER-RANK")) return [];
  const title = poolTierLabel[tier];
  const rank = ctx.rank;
  const held = rank ? rankLabel[rank] : "未录入职务层次";
  const values = { tier, rank, asOf: ctx.asOf.toISOString().slice(0, 10) };
  if (rank && rankLevel(rank) < rankLevel(t.level)) {
    return [
      notApplicableCheck(ctx, "D20-TIER-RANK", `该同志已任${held}，高于${title}层级，不适用${ctx.asOfNote}`, values),
    ];
  }
  const admitted =
    t.lowest == null ? `${rankLabel.SECTION_PRINCIPAL}及以下` : `${rankLabel[t.lowest]}或${rankLabel[t.level]}`;
  const fits = t.lowest == null || (rank != null && atOrAbove(rank, t.lowest));
  const out = [
    makeCheck(
      ctx,
      "D20-TIER-RANK",
      fits,
      `${title}按层级储备${admitted}干部，该同志${rank ? `任${held}` : held}${ctx.asOfNote}`,
      {
        ...values,
        lowest: t.lowest,
      },
    ),
  ];
  const years = t.years(ctx);
  if (fits && years != null && t.lowest && rank === t.lowest && on(ctx, "D20-TIER-YEARS")) {
    const served = tenureAtRank(ctx.facts, t.lowest, ctx.asOf);
    const ok = served.known && served.tenure.months >= years * 12;
    const detail = !served.known
      ? `未录入任${rankLabel[t.lowest]}时间`
      : `该同志任${rankLabel[t.lowest]}累计${tenureLabel(served.tenure)}${served.since ? `（本次自${formatDateLong(served.since)}起）` : ""}`;
    out.push(
      makeCheck(
        ctx,
        "D20-TIER-YEARS",
        ok,
        `以${rankLabel[t.lowest]}列入${title}，一般应任${rankLabel[t.lowest]}${years}年以上，${detail}${ctx.asOfNote}`,
        { ...values, minYears: years, months: served.tenure.months },
      ),
    );
  }
  return out;
}
