// evaluateStaffing: every staffing target of the profile on asOf (D20-ST-*, D20-EDU-PILOT,
// ZZ15-ST-*, WS-YOUNG-PROMO, WS-NEW-HIRES), each with the units, posts, promotions or cadres
// behind its number. Appointments are read as history, so a past asOf recomputes the past.
import type { HireFact, PostFact, PromotionFact, StaffingAppointmentFact, UnitFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { eduPilotRows } from "./edu-pilot";
import { kjRows } from "./kj-targets";
import { promotionRows } from "./promotion-targets";
import type { StaffingContext } from "./staffing-context";
import { buildStaffingIndex } from "./staffing-day";
import { streetRows } from "./street-targets";
import { unitRows } from "./unit-targets";
import { zz15Rows } from "./zz15-structure";

export interface StaffingOptions {
  /** new cadres of the year, for WS-NEW-HIRES (the row is omitted without them) */
  hires?: readonly HireFact[];
}

export interface StaffingReport {
  profileKey: string;
  asOf: Date;
  rows: TargetRow[];
}

export function evaluateStaffing(
  units: readonly UnitFact[],
  posts: readonly PostFact[],
  appointments: readonly StaffingAppointmentFact[],
  promotions: readonly PromotionFact[],
  profile: ResolvedProfile,
  asOf: Date,
  options: StaffingOptions = {},
): StaffingReport {
  const ctx: StaffingContext = { profile, asOf, idx: buildStaffingIndex(units, posts, appointments, profile, asOf) };
  return { profileKey: profile.key, asOf, rows: staffingRows(ctx, promotions, options) };
}

/**
 * The rows from an index already built: a what-if plan (lib/rules/whatif) changes a copy of the
 * index's holders and asks again without reading the appointments a second time.
 */
export function staffingRows(
  ctx: StaffingContext,
  promotions: readonly PromotionFact[],
  options: StaffingOptions = {},
): TargetRow[] {
  return [
    ...streetRows(ctx),
    ...unitRows(ctx),
    ...promotionRows(ctx, promotions, options.hires),
    ...kjRows(ctx),
    ...eduPilotRows(ctx),
    ...zz15Rows(ctx),
  ];
}
