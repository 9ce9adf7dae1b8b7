import "server-only";
// The district's facts after a change, from the facts before it and what the change touched
// (change-log.ts): only the touched units, posts, cadres and entries are read again and merged
// into the kept arrays, which stay ordered as the whole read orders them (ids in byte order), so
// the result equals a whole read — tests/integration/dashboard/incremental-facts.test.ts checks
// it after each of a series of changes. Parts nothing touched keep their arrays, so the rules'
// compact arrays of them (lib/rules: compact-entries.ts, compact-appointments.ts) are kept too.
// The facts before the change are never modified: a computation may still be reading them.
import type { PoolEntryFact, PoolReviewFact, PostFact, StaffingAppointmentFact, UnitFact } from "@/lib/rules";
import { noteDerived, noteMapDerived, withReadiness } from "@/lib/rules";
import { readRows } from "@/lib/server/db-read";
import { loadPoolFactsSql, loadPromotions, loadStaffingHistory } from "@/lib/server/facts";
import type { ChangeSet } from "./change-log";
import { addKeyed, addOfCadres, ascending, carryCadreColumn, ofCadre } from "./fact-positions";
import { mergeAt } from "./merge-facts";
import { loadNominationEvents, loadPoolTrainings, type DistrictFacts } from "./load-facts";

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => byteOrder(a.id, b.id);

const appointmentOrder = (a: StaffingAppointmentFact, b: StaffingAppointmentFact) =>
  byteOrder(a.postId, b.postId) || a.startDate.getTime() - b.startDate.getTime() || byteOrder(a.id, b.id);

/** The cadres holding or having held a post of these units or these posts (their promotions may change). */
async function cadresAt(units: string[], posts: string[]): Promise<string[]> {
  if (units.length === 0 && posts.length === 0) return [];
  const rows = await readRows<[string]>(
    `select distinct a."cadreId" from "Appointment" a join "Post" p on p.id = a."postId"
     where p.id = any($1) or p."unitId" = any($2)`,
    [posts, units],
  );
  return rows.map((r) => r[0]);
}

export async function applyChanges(d: DistrictFacts, ch: ChangeSet): Promise<DistrictFacts> {
  const units = [...ch.units];
  const people = [...ch.people];
  // the pool reads the cadre's own row too
  const poolCadres = new Set([...ch.cadres, ...ch.people]);
  const cadres = [...poolCadres];
  // posts named by the change, and every post the facts know of the touched units (one may have stopped counting)
  const posts = new Set(ch.posts);
  if (ch.units.size) for (const p of d.staffing.posts) if (ch.units.has(p.unitId)) posts.add(p.id);
  const staffingTouched = units.length + posts.size + people.length > 0;
  const poolTouched = cadres.length + ch.reviewed.size > 0;
  const [staffing, pool, nominationEvents, trainings, promoted] = await Promise.all([
    staffingTouched ? loadStaffingHistory({ units, posts: [...posts], cadres: people }) : null,
    poolTouched ? loadPoolFactsSql({ cadres, reviewsOf: [...ch.reviewed] }) : null,
    ch.nominations ? loadNominationEvents() : d.nominationEvents,
    !d.trainings || (!ch.trainings && ch.trained.size === 0)
      ? d.trainings
      : ch.trainings
        ? loadPoolTrainings()
        : loadPoolTrainings([...ch.trained]).then((some) => {
            const next = new Map(d.trainings);
            for (const id of ch.trained) next.delete(id);
            for (const [id, list] of some) next.set(id, list);
            // only these cadres' lists differ: the pool's schedule patches their rows alone
            noteMapDerived(next, d.trainings!, ch.trained);
            return next;
          }),
    cadresAt(units, [...posts]),
  ]);
  for (const p of staffing?.posts ?? []) posts.add(p.id);
  const promotionCadres = new Set([...people, ...ch.appointed, ...promoted]);
  const promotions = await d.promotions.withCadresReread([...promotionCadres], loadPromotions);
  return {
    ...d,
    counter: ch.counter,
    staffing: staffing ? mergeStaffing(d.staffing, staffing, ch, posts) : d.staffing,
    promotions,
    ...mergePool(d, pool, cadres.length > 0, poolCadres, ch.reviewed),
    nominationEvents,
    trainings,
  };
}

/** The staffing history after a change; the kept object when nothing in it really changed. */
function mergeStaffing(
  kept: DistrictFacts["staffing"],
  read: DistrictFacts["staffing"],
  ch: ChangeSet,
  posts: Set<string>,
): DistrictFacts["staffing"] {
  // positions found by key (units and posts sorted by id, appointments by post id) and by the cadre column
  const unitsAt = new Set<number>();
  addKeyed(unitsAt, kept.units, ch.units, (u) => u.id);
  const units = mergeAt<UnitFact>(kept.units, ascending(unitsAt), read.units, byId).items as UnitFact[];
  // every post of a touched unit is in `posts` already (applyChanges)
  const postsAt = new Set<number>();
  addKeyed(postsAt, kept.posts, posts, (p) => p.id);
  const postList = mergeAt<PostFact>(kept.posts, ascending(postsAt), read.posts, byId).items as PostFact[];
  const appointmentsAt = new Set<number>();
  addKeyed(appointmentsAt, kept.appointments, posts, (a) => a.postId);
  addOfCadres(appointmentsAt, kept.appointments, ch.people, ofCadre);
  const merged = mergeAt<StaffingAppointmentFact>(
    kept.appointments,
    ascending(appointmentsAt),
    // the same appointment may be read twice (its post and its cadre both touched): the union in SQL keeps one
    read.appointments,
    appointmentOrder,
  );
  carryCadreColumn(kept.appointments, merged, ofCadre);
  const appointments = merged.items as StaffingAppointmentFact[];
  if (units === kept.units && postList === kept.posts && appointments === kept.appointments) return kept;
  return { ...kept, units, posts: postList, appointments };
}

/**
 * The entries and reviews after a change, each entry with its reviews' readiness (DP-POOL-READY):
 * attached to the entries re-read or reviewed only; every other entry is the kept object.
 */
function mergePool(
  d: { entries: PoolEntryFact[]; reviews: PoolReviewFact[] },
  pool: { entries: PoolEntryFact[]; reviews: PoolReviewFact[] } | null,
  cadresTouched: boolean,
  poolCadres: Set<string>,
  reviewed: Set<string>,
): { entries: PoolEntryFact[]; reviews: PoolReviewFact[] } {
  if (!pool) return { entries: d.entries, reviews: d.reviews };
  const reviews = reviewed.size ? mergeReviews(d.reviews, reviewed, pool.reviews) : d.reviews;
  // the entries leaving: the touched cadres' (from the cadre column) and the reviewed ones (by id)
  const goneAt = new Set<number>();
  if (cadresTouched) addOfCadres(goneAt, d.entries, poolCadres, ofCadre);
  addKeyed(goneAt, d.entries, reviewed, (e) => e.id);
  // what replaces them: the re-read entries, and the reviewed entries not re-read, each with its readiness
  const reread = cadresTouched ? pool.entries : [];
  const rereadIds = new Set(reread.map((e) => e.id));
  const again = [
    ...reread,
    ...[...goneAt].map((i) => d.entries[i]).filter((e) => !rereadIds.has(e.id) && reviewed.has(e.id)),
  ];
  const ids = new Set(again.map((e) => e.id));
  const fresh = withReadiness(
    again,
    reviews.filter((r) => ids.has(r.poolEntryId)),
  ).sort(byId);
  const merged = mergeAt<PoolEntryFact>(d.entries, ascending(goneAt), fresh, byId);
  carryCadreColumn(d.entries, merged, ofCadre);
  const entries = merged.items as PoolEntryFact[];
  return { entries, reviews };
}

/** The reviewed entries' reviews replaced by those re-read; noted as derived, so the pool's schedule patches those entries only. */
function mergeReviews(kept: PoolReviewFact[], reviewed: Set<string>, added: PoolReviewFact[]): PoolReviewFact[] {
  const out = [...kept.filter((r) => !reviewed.has(r.poolEntryId)), ...added];
  noteDerived(out, kept, added);
  return out;
}
