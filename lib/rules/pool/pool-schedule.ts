// The pool's review and training dates as numbers beside the compact arrays (compact-entries.ts),
// for one profile: what the yearly review (poolReviewDue) and the training rules (training.ts)
// read of each entry that does not depend on the reference date, with the dates those rules
// would compute (a review's next due date, a political training's next one) worked out once.
// A dashboard day then reads numbers per entry instead of following each entry to its cadre,
// its reviews and its trainings — at 26,000 entries in a 1.5 GB heap those pointer chases, not
// the rules' arithmetic, were most of the time (≈ 90 ms a day for the training verdicts alone).
//
// Kept per compact, reviews array, trainings map and profile; patched from the schedule of the
// compact it derives from (util/derived.ts): an entry whose reviews changed is a new object (its
// readiness reads them: withReadiness), and an entry whose trainings changed is found by its
// list in the two maps, so only those rows are built again.
import type { TrainingFact } from "../model/cadre-facts";
import type { PoolEntryFact, PoolReviewFact } from "../model/pool-facts";
import { POOL_TIERS } from "../model/enums";
import type { ResolvedProfile } from "../profiles/types";
import { addYearsTime, daysBetween } from "../util/dates";
import { derivationOf, mapDerivationOf, walkDerived } from "../util/derived";
import { compactEntries, type CompactEntries } from "./compact-entries";
import { reviewCycleFor, type ReviewCycle } from "./review-cycle";

/** Numbers per completed training, in order of end date (see trainingRow). */
export const TRAINING_FIELDS = 5;
export const T_END = 0;
export const T_YEAR = 1;
/** hours that count towards the year's concentrated hours (0: a kind the rule leaves out) */
export const T_HOURS = 2;
/** 1: a special training of D20-TRAIN-KJ */
export const T_SPECIAL = 3;
/** the next political training's due date after this one (NaN: not a qualifying political training) */
export const T_POLITICAL_DUE = 4;

export interface PoolSchedule {
  compact: CompactEntries;
  reviews: readonly PoolReviewFact[];
  trainings: ReadonlyMap<string, readonly TrainingFact[]> | null;
  profile: ResolvedProfile;
  /** the review cycle of each tier code (null: none) */
  cycles: (ReviewCycle | null)[];
  /** the review due after entry (NaN: the tier has no cycle) */
  entryReviewDue: Float64Array;
  /** each entry's review days, ascending, and the next review due after each (null: none) */
  reviewOn: (Float64Array | null)[];
  reviewDue: (Float64Array | null)[];
  /** the political training due after entry, when none was attended */
  entryPoliticalDue: Float64Array;
  /** each entry's completed trainings (TRAINING_FIELDS numbers each), by end date (null: none) */
  training: (Float64Array | null)[];
  /** the training list each row was built from (a later map is compared with it) */
  trainingLists: (readonly TrainingFact[] | undefined)[];
  /** each entry's cadre id, read without touching the entry (the trainings map is keyed by it) */
  cadreIds: string[];
}

const kept = new WeakMap<CompactEntries, PoolSchedule[]>();
/** Schedules kept per compact (a profile switch, reviews or trainings changed in place of entries). */
const KEPT = 2;

export function poolSchedule(
  entries: readonly PoolEntryFact[],
  reviews: readonly PoolReviewFact[],
  trainings: ReadonlyMap<string, readonly TrainingFact[]> | null,
  profile: ResolvedProfile,
): PoolSchedule {
  const c = compactEntries(entries);
  let list = kept.get(c);
  if (!list) kept.set(c, (list = []));
  const hit = list.find((s) => s.reviews === reviews && s.trainings === trainings && s.profile === profile);
  if (hit) return hit;
  const s = build(c, reviews, trainings, profile);
  list.unshift(s);
  if (list.length > KEPT) list.pop();
  return s;
}

function emptySchedule(
  c: CompactEntries,
  reviews: readonly PoolReviewFact[],
  trainings: ReadonlyMap<string, readonly TrainingFact[]> | null,
  profile: ResolvedProfile,
): PoolSchedule {
  const n = c.entries.length;
  return {
    compact: c,
    reviews,
    trainings,
    profile,
    cycles: POOL_TIERS.map((t) => reviewCycleFor(t, profile)),
    entryReviewDue: new Float64Array(n),
    reviewOn: new Array<Float64Array | null>(n).fill(null),
    reviewDue: new Array<Float64Array | null>(n).fill(null),
    entryPoliticalDue: new Float64Array(n),
    training: new Array<Float64Array | null>(n).fill(null),
    trainingLists: new Array<readonly TrainingFact[] | undefined>(n),
    cadreIds: new Array<string>(n),
  };
}

function build(
  c: CompactEntries,
  reviews: readonly PoolReviewFact[],
  trainings: ReadonlyMap<string, readonly TrainingFact[]> | null,
  profile: ResolvedProfile,
): PoolSchedule {
  const entries = c.entries;
  const s = emptySchedule(c, reviews, trainings, profile);
  const plan = patchPlan(c, reviews, profile);
  if (!plan) {
    const byEntry = reviewsOf(reviews, null);
    for (let k = 0; k < entries.length; k++) fillRow(s, k, entries[k], byEntry.get(entries[k].id), trainings);
    return s;
  }
  const { base, touched } = plan;
  const trainingsChanged = trainingsChangedSince(trainings, base);
  const redo: number[] = [];
  plan.walk((k, j) => {
    if (j < 0 || (touched.size > 0 && touched.has(base.compact.id[j])) || trainingsChanged(j)) redo.push(k);
    else copyRow(s, k, base, j);
  });
  const byEntry = reviewsOf(reviews, new Set(redo.map((k) => entries[k].id)));
  for (const k of redo) fillRow(s, k, entries[k], byEntry.get(entries[k].id), trainings);
  return s;
}

/**
 * Whether base row j's trainings differ in `trainings`: no when it is the base's map; for a map
 * noted as derived from it (apply-changes.ts), when the cadre is one the note names; else when
 * the cadre's list is another array.
 */
function trainingsChangedSince(
  trainings: ReadonlyMap<string, readonly TrainingFact[]> | null,
  base: PoolSchedule,
): (j: number) => boolean {
  if (trainings === base.trainings) return () => false;
  const d = trainings && base.trainings ? mapDerivationOf(trainings) : undefined;
  if (d && d.prev === base.trainings) return (j) => d.changed.has(base.cadreIds[j]);
  return (j) => trainings?.get(base.cadreIds[j]) !== base.trainingLists[j];
}

interface PatchPlan {
  base: PoolSchedule;
  /** entries whose reviews differ from the base's */
  touched: ReadonlySet<string>;
  /** each entry k with its row j in the base (−1: an added entry) */
  walk: (on: (k: number, j: number) => void) => void;
}

/**
 * A kept schedule of the same profile to patch from: one of the same compact (the trainings or
 * reviews changed), or one of the compact these entries derive from. Null: build whole.
 */
function patchPlan(c: CompactEntries, reviews: readonly PoolReviewFact[], profile: ResolvedProfile): PatchPlan | null {
  const n = c.entries.length;
  for (const base of kept.get(c) ?? []) {
    const touched = base.profile === profile ? reviewsTouched(reviews, base.reviews) : null;
    if (touched)
      return {
        base,
        touched,
        walk: (on) => {
          for (let k = 0; k < n; k++) on(k, k);
        },
      };
  }
  const d = derivationOf(c.entries);
  if (!d) return null;
  for (const base of kept.get(compactEntries(d.prev)) ?? []) {
    const touched = base.profile === profile ? reviewsTouched(reviews, base.reviews) : null;
    if (touched)
      return {
        base,
        touched,
        walk: (on) => walkDerived(c.entries, d, { kept: (k, j) => on(k, j), fresh: (k) => on(k, -1), gone: () => {} }),
      };
  }
  return null;
}

/** The entries whose reviews differ between two arrays: none when the same, null when unknown (no derivation noted). */
function reviewsTouched(
  reviews: readonly PoolReviewFact[],
  before: readonly PoolReviewFact[],
): ReadonlySet<string> | null {
  if (reviews === before) return new Set();
  const d = derivationOf(reviews);
  if (!d || d.prev !== before) return null;
  const touched = new Set<string>();
  walkDerived(reviews, d, {
    kept: () => {},
    fresh: (k) => touched.add(reviews[k].poolEntryId),
    gone: (j) => touched.add(before[j].poolEntryId),
  });
  return touched;
}

/** The review days of each entry (of the `only` entries when given), ascending. */
function reviewsOf(reviews: readonly PoolReviewFact[], only: Set<string> | null): Map<string, Date[]> {
  const out = new Map<string, Date[]>();
  if (only?.size === 0) return out;
  for (const r of reviews) {
    if (only && !only.has(r.poolEntryId)) continue;
    const list = out.get(r.poolEntryId);
    if (list) list.push(r.reviewedOn);
    else out.set(r.poolEntryId, [r.reviewedOn]);
  }
  for (const list of out.values()) if (list.length > 1) list.sort((a, b) => a.getTime() - b.getTime());
  return out;
}

function copyRow(s: PoolSchedule, k: number, b: PoolSchedule, j: number): void {
  s.entryReviewDue[k] = b.entryReviewDue[j];
  s.reviewOn[k] = b.reviewOn[j];
  s.reviewDue[k] = b.reviewDue[j];
  s.entryPoliticalDue[k] = b.entryPoliticalDue[j];
  s.training[k] = b.training[j];
  s.trainingLists[k] = b.trainingLists[j];
  s.cadreIds[k] = b.cadreIds[j];
}

function fillRow(
  s: PoolSchedule,
  k: number,
  e: PoolEntryFact,
  reviewDays: Date[] | undefined,
  trainings: ReadonlyMap<string, readonly TrainingFact[]> | null,
): void {
  const cycle = s.cycles[s.compact.tier[k]];
  s.entryReviewDue[k] = cycle ? addYearsTime(e.enteredOn, cycle.years) : NaN;
  if (reviewDays?.length) {
    s.reviewOn[k] = Float64Array.from(reviewDays, (d) => d.getTime());
    s.reviewDue[k] = Float64Array.from(reviewDays, (d) => (cycle ? addYearsTime(d, cycle.years) : NaN));
  } else {
    s.reviewOn[k] = null;
    s.reviewDue[k] = null;
  }
  const every = s.profile.params.ws.politicalEveryYears;
  s.entryPoliticalDue[k] = addYearsTime(e.enteredOn, every);
  const list = trainings?.get(e.cadre.id);
  s.cadreIds[k] = e.cadre.id;
  s.trainingLists[k] = list;
  s.training[k] = list?.length ? trainingRow(list, s.profile) : null;
}

/** A member's completed trainings as numbers, by end date: what WS-POLITICAL-TRAINING, WS-TRAIN-HOURS and D20-TRAIN-KJ read. */
function trainingRow(list: readonly TrainingFact[], profile: ResolvedProfile): Float64Array | null {
  const ws = profile.params.ws;
  const specialKinds = profile.params.d20.training.specialKinds;
  const done = list.filter((t) => t.completed).sort((a, b) => a.endDate.getTime() - b.endDate.getTime());
  if (done.length === 0) return null;
  const row = new Float64Array(done.length * TRAINING_FIELDS);
  done.forEach((t, i) => {
    const o = i * TRAINING_FIELDS;
    const political =
      t.fullTimeOffJob &&
      ws.politicalKinds.includes(t.kind) &&
      daysBetween(t.startDate, t.endDate) + 1 >= ws.politicalMinDays;
    row[o + T_END] = t.endDate.getTime();
    row[o + T_YEAR] = t.endDate.getUTCFullYear();
    row[o + T_HOURS] = ws.hoursExcludeKinds.includes(t.kind) ? 0 : t.hours;
    row[o + T_SPECIAL] = specialKinds.includes(t.kind) ? 1 : 0;
    row[o + T_POLITICAL_DUE] = political ? addYearsTime(t.endDate, ws.politicalEveryYears) : NaN;
  });
  return row;
}
