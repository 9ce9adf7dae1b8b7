// Promotion flows: the yearly young share (D20-ST-NEWPROMO, WS-YOUNG-PROMO), the three-year
// selection targets (D20-ST-3Y-HEAD, D20-ST-3Y-DEPUTY) and new hires (WS-NEW-HIRES). Age is
// taken on the promotion (or hiring) date, not on asOf.
import { ageOn } from "../age";
import type { HireFact, PromotionFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { PolicyParams } from "../profiles/params";
import { day } from "../util/dates";
import type { StaffingContext } from "./staffing-context";
import { staffingRow } from "./staffing-context";
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

const ageAt = (x: PromotionFact) => ageOn(x.birthDate, x.promotedOn);

function inYear(year: number, asOf: Date) {
  const from = day(year, 1, 1).getTime();
  const to = Math.min(day(year, 12, 31).getTime(), asOf.getTime());
  return (d: Date) => d.getTime() >= from && d.getTime() <= to;
}

function newPromoRow(ctx: StaffingContext, promotions: readonly PromotionFact[], year: number): TargetRow {
  const p = ctx.profile.params;
  const within = inYear(year, ctx.asOf);
  const items = promotions.filter((x) => x.toRank !== "STAFF" && within(x.promotedOn));
  const toDate = year === ctx.asOf.getUTCFullYear() ? "（截至参考日）" : "";
  return staffingRow<PromotionFact>(ctx, {
    key: `D20-ST-NEWPROMO:${year}`,
    ruleId: "D20-ST-NEWPROMO",
    label: `${year}年${toDate}新提拔领导干部中年轻干部比例`,
    subject: "PROMOTION",
    unit: "人",
    items,
    idOf: (x) => x.id,
    counts: (x) => {
      const limit = youngPromotionLimit(p, x.toRank);
      return limit != null && ageAt(x) <= limit;
    },
    goal: { kind: "ratio", ratio: p.d20.staffing.newPromoMinRatio, word: "不低于" },
  });
}

function wsRows(
  ctx: StaffingContext,
  promotions: readonly PromotionFact[],
  hires: readonly HireFact[] | undefined,
): TargetRow[] {
  const p = ctx.profile.params.ws;
  const year = ctx.asOf.getUTCFullYear();
  const within = inYear(year, ctx.asOf);
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "WS-YOUNG-PROMO")) {
    rows.push(
      staffingRow<PromotionFact>(ctx, {
        key: "WS-YOUNG-PROMO",
        ruleId: "WS-YOUNG-PROMO",
        label: `${year}年提拔使用${p.youngMaxAge}岁以下年轻干部`,
        subject: "PROMOTION",
        unit: "人",
        items: promotions.filter((x) => x.toRank !== "STAFF" && within(x.promotedOn)),
        idOf: (x) => x.id,
        counts: (x) => ageAt(x) <= p.youngMaxAge,
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
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "D20-ST-NEWPROMO")) {
    const year = ctx.asOf.getUTCFullYear();
    rows.push(newPromoRow(ctx, promotions, year), newPromoRow(ctx, promotions, year - 1));
  }
  rows.push(...threeYearRows(ctx, promotions));
  rows.push(...wsRows(ctx, promotions, hires));
  return rows;
}
