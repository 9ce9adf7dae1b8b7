// Three-year selection targets: ≥7 young 区管正职 (streets 2, departments 5) and ≥16 young
// 区管副职 (≥5 about 35 in streets). The window is either pinned to the plan's years or rolls
// back from asOf. A pinned window still running is AT_RISK when on pace, NOT_MET when behind.
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { RuleId } from "../registry/rule-ids";
import { addDays, addYears, day, daysBetween, formatDateLong } from "../util/dates";
import type { StaffingContext } from "./staffing-context";
import { staffingRow } from "./staffing-context";
import {
  P_DEPT,
  P_MANAGED,
  P_PRINCIPAL,
  P_STREET,
  promotionsWithin,
  type CompactPromotions,
} from "./compact-promotions";

interface Window {
  from: Date;
  to: Date;
  pinned: boolean;
}

function windowOf(ctx: StaffingContext): Window {
  const s = ctx.profile.params.d20.staffing;
  if (s.windowStartYear != null) {
    return { from: day(s.windowStartYear, 1, 1), to: day(s.windowStartYear + s.windowYears - 1, 12, 31), pinned: true };
  }
  return { from: addDays(addYears(ctx.asOf, -s.windowYears), 1), to: ctx.asOf, pinned: false };
}

function row(
  ctx: StaffingContext,
  w: Window,
  key: string,
  ruleId: RuleId,
  label: string,
  c: CompactPromotions,
  flags: number,
  maxAge: number,
  count: number,
): TargetRow {
  const end = Math.min(w.to.getTime(), ctx.asOf.getTime());
  // the district-managed promotions of the kind (flags all set, P_PRINCIPAL given or refused) in the window
  const principal = (flags & P_PRINCIPAL) !== 0;
  const want = flags & ~P_PRINCIPAL;
  const inWindow = promotionsWithin(
    c,
    w.from.getTime(),
    end,
    (k) => (c.flags[k] & want) === want && ((c.flags[k] & P_PRINCIPAL) !== 0) === principal,
  );
  // Rolling window: a promotion that will have left the window by the horizon no longer counts then.
  const laterFrom = addDays(addYears(ctx.idx.later, -ctx.profile.params.d20.staffing.windowYears), 1).getTime();
  const young = (k: number) => c.age[k] <= maxAge;
  const r = staffingRow<number>(ctx, {
    key,
    ruleId,
    label: `${label}（${formatDateLong(w.from)}至${formatDateLong(w.to)}，不超过${maxAge}岁）`,
    subject: "PROMOTION",
    unit: "人",
    items: inWindow,
    idOf: (k) => c.id[k],
    counts: young,
    countsLater: w.pinned ? undefined : (k) => young(k) && c.t[k] >= laterFrom,
    goal: { kind: "count", count },
  });
  if (w.pinned && r.status === "NOT_MET" && ctx.asOf.getTime() < w.to.getTime()) {
    const elapsed = daysBetween(w.from, ctx.asOf) / Math.max(1, daysBetween(w.from, w.to));
    const pace = Math.floor(count * Math.max(0, elapsed));
    return { ...r, status: r.actual.count >= pace ? "AT_RISK" : "NOT_MET", details: { pace, windowRunning: true } };
  }
  return r;
}

/** 区管正职/副职 (isDistrictManaged, compact-promotions.ts) promoted in the window, young enough, against the counts. */
export function threeYearRows(ctx: StaffingContext, c: CompactPromotions): TargetRow[] {
  const s = ctx.profile.params.d20.staffing;
  const tol = ctx.profile.params.conventions.aboutTolerance;
  const w = windowOf(ctx);
  const heads = P_MANAGED | P_PRINCIPAL;
  const deputies = P_MANAGED;
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "D20-ST-3Y-HEAD")) {
    const max = s.head3yAbout + tol;
    rows.push(
      row(
        ctx,
        w,
        "D20-ST-3Y-HEAD:TOTAL",
        "D20-ST-3Y-HEAD",
        `选拔${s.head3yAbout}岁左右年轻干部担任区管正职`,
        c,
        heads,
        max,
        s.head3yTotal,
      ),
      row(ctx, w, "D20-ST-3Y-HEAD:STREET", "D20-ST-3Y-HEAD", "其中街道", c, heads | P_STREET, max, s.head3yStreets),
      row(ctx, w, "D20-ST-3Y-HEAD:DEPT", "D20-ST-3Y-HEAD", "其中区直党政部门", c, heads | P_DEPT, max, s.head3yDepts),
    );
  }
  if (ruleOn(ctx.profile, "D20-ST-3Y-DEPUTY")) {
    rows.push(
      row(
        ctx,
        w,
        "D20-ST-3Y-DEPUTY:TOTAL",
        "D20-ST-3Y-DEPUTY",
        `选拔${s.deputy3yAbout}岁左右年轻干部担任区管副职`,
        c,
        deputies,
        s.deputy3yAbout + tol,
        s.deputy3yTotal,
      ),
      row(
        ctx,
        w,
        "D20-ST-3Y-DEPUTY:STREET",
        "D20-ST-3Y-DEPUTY",
        `其中街道${s.deputy3yStreetAbout}岁左右`,
        c,
        deputies | P_STREET,
        s.deputy3yStreetAbout + tol,
        s.deputy3yStreetMin,
      ),
    );
  }
  return rows;
}
