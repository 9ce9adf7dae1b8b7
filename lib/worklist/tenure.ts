// 任现职满5/8/10年: the day a cadre's current appointment reaches 5, 8 or 10 years, shown from
// TENURE_AHEAD_MONTHS before that day until TENURE_BACK_MONTHS after it (so one appointment is
// in at most one group at a time). At 5 years a 正/副科职 post falls under ZZ15-ROT-POST ("应当
// 轮岗") and a key post under ZZ15-ROT-KEY ("必须轮岗"); men ≥ 58 and women ≥ 53 are exempt
// (ZZ15-ROT-EXEMPT). 8 and 10 years are the 交流 reference points an organization department
// tracks; no rule of RULES.md sets them, so they cite none. The dashboard's 提醒清单 reads the
// continued periods of ZZ15-ROT-* (rotationDue); this list reads the current post only.
import {
  addMonths,
  addYears,
  ageOn,
  ruleOn,
  type Gender,
  type Rank,
  type ResolvedProfile,
  type RuleId,
} from "@/lib/rules";

export const TENURE_MILESTONES = [5, 8, 10] as const;
export type TenureMilestone = (typeof TENURE_MILESTONES)[number];
export const TENURE_AHEAD_MONTHS = 6;
export const TENURE_BACK_MONTHS = 12;

/** Milestone days shown as of asOf: after `after` (exclusive) and on or before `until`. */
export function tenureWindow(asOf: Date): { after: Date; until: Date } {
  return { after: addMonths(asOf, -TENURE_BACK_MONTHS), until: addMonths(asOf, TENURE_AHEAD_MONTHS) };
}

/** The milestone the appointment started on `start` is near as of asOf, and its day; null if none. */
export function tenureMilestone(start: Date, asOf: Date): { years: TenureMilestone; on: Date } | null {
  const w = tenureWindow(asOf);
  for (const years of TENURE_MILESTONES) {
    const on = addYears(start, years);
    if (on.getTime() > w.after.getTime() && on.getTime() <= w.until.getTime()) return { years, on };
  }
  return null;
}

export interface TenureFact {
  startDate: Date;
  rank: Rank;
  isKeyPost: boolean;
  gender: Gender;
  birthDate: Date;
}

/** The rotation rule a 5-year milestone falls under, and whether the cadre is exempt by age. */
export function tenureRule(
  f: TenureFact,
  years: TenureMilestone,
  profile: ResolvedProfile,
): { ruleId: RuleId | null; exempt: boolean } {
  const z = profile.params.zz15;
  if (years !== z.rotationYears) return { ruleId: null, exempt: false };
  const ruleId: RuleId | null =
    f.isKeyPost && ruleOn(profile, "ZZ15-ROT-KEY")
      ? "ZZ15-ROT-KEY"
      : (f.rank === "SECTION_PRINCIPAL" || f.rank === "SECTION_DEPUTY") && ruleOn(profile, "ZZ15-ROT-POST")
        ? "ZZ15-ROT-POST"
        : null;
  if (!ruleId || !ruleOn(profile, "ZZ15-ROT-EXEMPT")) return { ruleId, exempt: false };
  const on = addYears(f.startDate, years);
  const age = ageOn(f.birthDate, on);
  return { ruleId, exempt: f.gender === "MALE" ? age >= z.exemptMaleAge : age >= z.exemptFemaleAge };
}
