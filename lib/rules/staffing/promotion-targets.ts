// Promotion flows: the yearly young share (D20-ST-NEWPROMO, WS-YOUNG-PROMO), the three-year
// selection targets (D20-ST-3Y-HEAD, D20-ST-3Y-DEPUTY) and new hires (WS-NEW-HIRES). Age is
// taken on the promotion (or hiring) date, not on asOf. Promotions are read through their compact
// arrays (compact-promotions.ts).
import { ageOn } from "../age";
import { RANKS } from "../model/enums";
import type { HireFact, PromotionFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { PolicyParams } from "../profiles/params";
import { day } from "../util/dates";
import type { StaffingContext } from "./staffing-context";
import { staffingRow } from "./staffing-context";
import { compactPromotions, promotionsWithin, STAFF_CODE, type CompactPromotions } from "./compact-promotions";
import { threeYearRows } from "./three-year-targets";

/** The age up to which a newly promoted leader counts as a young cadre (D20 §三(一)1). */
export function youngPromotionLimit(p: PolicyParams, toRank: PromotionFact["toRank"]): number | null {
  const a = p.d20.ages;
  if (toRank === "DIVISION_PRINCIPAL") return a.divisionPrincipalMax;
  if (toRank === "DIVISION_DEPUTY") return a.divisionDeputyMax;
  if (toRank === "SECTION_PRINCIPAL") return a.newSectionPrincipalMax;
  if (toRank === "SECTION_DEPUTY") return a.newSectionDeputyMax;
  return null;
}

/** A calendar year up to asOf, as times (first and last day included). */
function yearUpTo(year: number, asOf: Date): { from: number; to: number } {
  return { from: day(year, 1, 1).getTime(), to: Math.min(day(year, 12, 31).getTime(), asOf.getTime()) };
}

/** The leadership promotions (not to STAFF) of a calendar year up to asOf, as indices into the compact. */
function leadershipPromotionsIn(c: CompactPromotions, year: number, asOf: Date): number[] {
  const { from, to } = yearUpTo(year, asOf);
  return promotionsWithin(c, from, to, (k) => c.rank[k] !== STAFF_CODE);
}

function newPromoRow(ctx: StaffingContext, c: CompactPromotions, year: number): TargetRow {
  const p = ctx.profile.params;
  // the young age of each rank code (null: none for STAFF)
  const limits = RANKS.map((r) => youngPromotionLimit(p, r));
  const toDate = year === ctx.asOf.getUTCFullYear() ? "（截至参考日）" : "";
  return staffingRow<number>(ctx, {
    key: `D20-ST-NEWPROMO:${year}`,
    ruleId: "D20-ST-NEWPROMO",
    label: `${year}年${toDate}新提拔领导干部中年轻干部比例`,
    subject: "PROMOTION",
    unit: "人",
    items: leadershipPromotionsIn(c, year, ctx.asOf),
    idOf: (k) => c.id[k],
    counts: (k) => {
      const limit = limits[c.rank[k]];
      return limit != null && c.age[k] <= limit;
    },
    goal: { kind: "ratio", ratio: p.d20.staffing.newPromoMinRatio, word: "不低于" },
  });
}

function wsRows(ctx: StaffingContext, c: CompactPromotions, hires: readonly HireFact[] | undefined): TargetRow[] {
  const p = ctx.profile.params.ws;
  const year = ctx.asOf.getUTCFullYear();
  const { from, to } = yearUpTo(year, ctx.asOf);
  const within = (d: Date) => d.getTime() >= from && d.getTime() <= to;
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "WS-YOUNG-PROMO")) {
    rows.push(
      staffingRow<number>(ctx, {
        key: "WS-YOUNG-PROMO",
        ruleId: "WS-YOUNG-PROMO",
        label: `${year}年提拔使用${p.youngMaxAge}岁以下年轻干部`,
        subject: "PROMOTION",
        unit: "人",
        items: leadershipPromotionsIn(c, year, ctx.asOf),
        idOf: (k) => c.id[k],
        counts: (k) => c.age[k] <= p.youngMaxAge,
        goal: { kind: "info" },
      }),
    );
  }
  if (hires && ruleOn(ctx.profile, "WS-NEW-HIRES")) {
    rows.push(
      staffingRow<HireFact>(ctx, {
        key: "WS-NEW-HIRES",
        ruleId: "WS-NEW-HIRES",
        label: `${year}年新增干部中${p.youngMaxAge}岁以下占比`,
        subject: "HIRE",
        unit: "人",
        items: hires.filter((h) => within(h.hiredOn)),
        idOf: (h) => h.id,
        counts: (h) => ageOn(h.birthDate, h.hiredOn) <= p.youngMaxAge,
        goal: { kind: "ratio", ratio: p.newHiresMinRatio, word: "不低于", style: "percent" },
      }),
    );
  }
  return rows;
}

export function promotionRows(
  ctx: StaffingContext,
  promotions: readonly PromotionFact[],
  hires?: readonly HireFact[],
): TargetRow[] {
  // read through the compact arrays (kept per list, or shared with the slice a store handed out)
  const c = compactPromotions(promotions);
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "D20-ST-NEWPROMO")) {
    const year = ctx.asOf.getUTCFullYear();
    rows.push(newPromoRow(ctx, c, year), newPromoRow(ctx, c, year - 1));
  }
  rows.push(...threeYearRows(ctx, c));
  rows.push(...wsRows(ctx, c, hires));
  return rows;
}
