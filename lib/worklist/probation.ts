// 试用期满 (NAT-PROBATION): a promotion — an appointment to a post of a higher 职务层次 than the
// cadre's previous post — starts a one-year probation; the list shows those whose probation
// ends within PROBATION_AHEAD_DAYS or ended up to PROBATION_BACK_DAYS ago (期满考核 and 转正 to do).
import { addDays, addYears, probationEnd, type Rank, type ResolvedProfile } from "@/lib/rules";

export const PROBATION_AHEAD_DAYS = 60;
export const PROBATION_BACK_DAYS = 30;

/** Highest first, as the schema declares them. */
const RANK_ORDER: readonly Rank[] = [
  "DIVISION_PRINCIPAL",
  "DIVISION_DEPUTY",
  "SECTION_PRINCIPAL",
  "SECTION_DEPUTY",
  "STAFF",
];

/** The new post outranks the previous one (no previous post: not a promotion on record). */
export function isPromotion(rank: Rank, previousRank: Rank | null): boolean {
  return previousRank != null && RANK_ORDER.indexOf(rank) < RANK_ORDER.indexOf(previousRank);
}

/** Appointment start days whose probation may end within the window (a superset, one day each side). */
export function probationStartWindow(asOf: Date, profile: ResolvedProfile): { from: Date; to: Date } {
  const years = profile.params.nat.probationYears;
  return {
    from: addDays(addYears(addDays(asOf, -PROBATION_BACK_DAYS), -years), -1),
    to: addDays(addYears(addDays(asOf, PROBATION_AHEAD_DAYS), -years), 2),
  };
}

/** The probation's last day when it falls in the window as of asOf, else null. */
export function probationEnding(start: Date, asOf: Date, profile: ResolvedProfile): Date | null {
  const { endsOn } = probationEnd(start, profile);
  const t = endsOn.getTime();
  return t >= addDays(asOf, -PROBATION_BACK_DAYS).getTime() && t <= addDays(asOf, PROBATION_AHEAD_DAYS).getTime()
    ? endsOn
    : null;
}
