import "server-only";
// One reference date's facts for one reader, filtered in memory from the district's facts
// (district-facts.ts): the reader's recusals are left out of the pool and the nominations (as
// the plain-SQL loaders did with `not (cadreId = any(exclude))`), nominations count up to the
// end of the day in China, and the promotions are those of the windows the rules and the
// three-year chart read. The staffing rules filter the posts' history by date themselves.
import type { PoolEntryFact, PoolReviewFact, TrainingFact } from "@/lib/rules";
import { promotionsSince, type StaffingFacts } from "@/lib/server/facts";
import type { ActiveProfile } from "@/lib/server/policy/active-profile";
import type { DistrictFacts, NominationEventFact } from "./load-facts";

export interface DashboardFacts {
  active: ActiveProfile;
  staffing: StaffingFacts;
  entries: PoolEntryFact[];
  reviews: PoolReviewFact[];
  nominationEvents: NominationEventFact[];
  /** trainings of the pool's members by cadre; null when no training rule is on */
  trainings: Map<string, TrainingFact[]> | null;
}

/** The end of asOf in China (UTC+8) as an instant: events up to then have happened. */
export function endOfDayInChina(asOf: Date): Date {
  return new Date(asOf.getTime() + 16 * 3600_000);
}

export async function factsOn(d: DistrictFacts, asOf: Date, exclude: readonly string[]): Promise<DashboardFacts> {
  const promotions = await d.promotions.between(promotionsSince(d.active.profile, asOf), asOf);
  const excluded = new Set(exclude);
  const entries = excluded.size ? d.entries.filter((e) => !excluded.has(e.cadre.id)) : d.entries;
  const before = endOfDayInChina(asOf).getTime();
  return {
    active: d.active,
    // the whole history of the relevant posts, the same array for every day: the rules keep its
    // compact form per array (lib/rules/staffing/compact-appointments.ts) and filter by date themselves
    staffing: { ...d.staffing, promotions },
    entries,
    reviews: excluded.size ? reviewsOf(entries, d.reviews) : d.reviews,
    nominationEvents: d.nominationEvents.filter((e) => e.occurredAt.getTime() < before && !excluded.has(e.cadreId)),
    trainings: d.trainings,
  };
}

function reviewsOf(entries: readonly PoolEntryFact[], reviews: readonly PoolReviewFact[]): PoolReviewFact[] {
  const kept = new Set(entries.map((e) => e.id));
  return reviews.filter((r) => kept.has(r.poolEntryId));
}
