import "server-only";
// One reference date's facts for one reader, filtered in memory from the district's facts
// (district-facts.ts): the reader's recusals are left out of the pool and the nominations (as
// the plain-SQL loaders did with `not (cadreId = any(exclude))`), nominations count up to the
// end of the day in China, and the promotions are those of the windows the rules and the
// three-year chart read. The staffing rules filter the posts' history by date themselves.
import {
  derivationOf,
  noteDerived,
  walkDerived,
  toDay,
  type PoolEntryFact,
  type PoolReviewFact,
  type PromotionFact,
  type StaffingAppointmentFact,
  type TrainingFact,
} from "@/lib/rules";
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
  /** units, posts and entries sorted by id, appointments by post id (byte order): all but the full-history facts */
  sortedById: boolean;
  /** a promotion by id, from the data state's store (the day's list need not be indexed again) */
  promotionOf: (id: string) => PromotionFact | undefined;
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
    staffing: { ...d.staffing, appointments: appointmentsFor(d, asOf), promotions },
    entries,
    reviews: excluded.size ? reviewsOf(entries, d.reviews) : d.reviews,
    nominationEvents: excluded.size
      ? d.nominationEvents.filter((e) => e.occurredAt.getTime() < before && !excluded.has(e.cadreId))
      : eventsBefore(d.nominationEvents, before),
    trainings: d.trainings,
    sortedById: !d.fullHistory,
    promotionOf: (id) => d.promotions.get(id),
  };
}

/** The events up to `before`: the whole list itself when all are (today), else the last filtered list kept. */
const eventsBeforeOf = new WeakMap<readonly NominationEventFact[], { before: number; list: NominationEventFact[] }>();

function eventsBefore(all: NominationEventFact[], before: number): NominationEventFact[] {
  const kept = eventsBeforeOf.get(all);
  if (kept?.before === before) return kept.list;
  const list = all.every((e) => e.occurredAt.getTime() < before)
    ? all
    : all.filter((e) => e.occurredAt.getTime() < before);
  eventsBeforeOf.set(all, { before, list });
  return list;
}

const sinceRuleStart = new WeakMap<
  readonly StaffingAppointmentFact[],
  { from: number; list: StaffingAppointmentFact[] }
>();

/**
 * What the staffing targets on asOf read of the relevant posts' history — the same array for every
 * day, so the rules keep its compact form (lib/rules/staffing/compact-appointments.ts) and filter by
 * date themselves: on a day since the KJ rule's start (D20-ST-KJ-LARGE's vacancies), the
 * appointments running on or ended since that start (kept per facts array); on an earlier day, the
 * whole history. Either gives the rules and the drill-down look-ups exactly what the day's own
 * filter gave (running on the day, or ended since the start).
 */
function appointmentsFor(d: DistrictFacts, asOf: Date): StaffingAppointmentFact[] {
  const all = d.staffing.appointments;
  const from = toDay(d.active.profile.params.d20.staffing.kjRuleStart).getTime();
  if (d.fullHistory || asOf.getTime() < from) return all;
  let kept = sinceRuleStart.get(all);
  if (kept?.from !== from) {
    const since = (a: StaffingAppointmentFact) => a.endDate == null || a.endDate.getTime() >= from;
    // facts brought up to date from a change (merge-facts.ts): the list before it tells which kept
    // appointments pass (a comparison of pointers), and the list is noted as derived for the rules
    // to patch its compact arrays; reading all 1.5 million appointments' dates again cost ≈ 10 ms
    const derived = derivationOf(all);
    const before = derived && sinceRuleStart.get(derived.prev);
    if (derived && before?.from === from) {
      const list: StaffingAppointmentFact[] = [];
      // each item's position in the list before (−1: added), so the rules' patch walks integers
      const at: number[] = [];
      const was = before.list;
      let q = 0;
      walkDerived(all, derived, {
        kept: (k) => {
          if (q < was.length && was[q] === all[k]) {
            list.push(all[k]);
            at.push(q++);
          }
        },
        fresh: (k) => {
          if (!since(all[k])) return;
          list.push(all[k]);
          at.push(-1);
        },
        gone: (j) => {
          if (q < was.length && was[q] === derived.prev[j]) q++;
        },
      });
      kept = { from, list };
      noteDerived(
        list,
        was,
        list.filter((_, m) => at[m] < 0),
        Int32Array.from(at),
      );
    } else kept = { from, list: all.filter(since) };
    sinceRuleStart.set(all, kept);
  }
  return kept.list;
}

function reviewsOf(entries: readonly PoolEntryFact[], reviews: readonly PoolReviewFact[]): PoolReviewFact[] {
  const kept = new Set(entries.map((e) => e.id));
  return reviews.filter((r) => kept.has(r.poolEntryId));
}
