import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  agingOut,
  dateExceeding,
  day,
  noteDerived,
  noteMapDerived,
  poolSchedule,
  reviewsDueFrom,
  tierAgeLimit,
  trainingCompliance,
  trainingDay,
  trainingFailedOn,
  TRAINING_KINDS,
  type PoolEntryFact,
  type PoolReviewFact,
  type PoolTier,
  type ResolvedProfile,
  type TrainingFact,
} from "@/lib/rules";
import { reviewCycleFor } from "@/lib/rules/pool/review-cycle";
import { FAILS_HOURS, FAILS_POLITICAL, FAILS_SPECIAL } from "@/lib/rules/pool/schedule-day";
import { ALL, D20, entry } from "./fixtures";

// The dashboard reads the training verdicts, the reviews due and the members about to age out
// from numbers kept per entry (lib/rules/pool/pool-schedule.ts, aging-out.ts). One truth: over a
// generated pool of 300 members (29 February births, closed entries, trainings of every kind,
// one to four reviews), on 60 days from 2019 to 2027, they equal the rules read from the facts
// (trainingCompliance) and a plain reading of the review cycle and the age limit; and after
// each of a series of changes a patched schedule equals one built from scratch.

/** mulberry32: the same pool on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const D20_TIERS: PoolTier[] = ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION"];
const ALL_TIERS: PoolTier[] = [...D20_TIERS, "PRINCIPAL_RESERVE", "DEPUTY_RESERVE"];

function pool(seed: number, tiers: PoolTier[], n = 300) {
  const r = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
  const dayIn = (y0: number, y1: number) => day(int(y0, y1), int(1, 12), int(1, 28));
  const entries: PoolEntryFact[] = [];
  const reviews: PoolReviewFact[] = [];
  const trainings = new Map<string, TrainingFact[]>();
  for (let i = 0; i < n; i++) {
    const birth = i % 23 === 0 ? day(pick([1984, 1988, 1992]), 2, 29) : dayIn(1970, 1995);
    const enteredOn = dayIn(2018, 2026);
    const closedOn = i % 7 === 0 ? addDays(enteredOn, int(30, 1500)) : null;
    const e = entry(`e${String(i).padStart(3, "0")}`, pick(tiers), { birthDate: birth, enteredOn, closedOn });
    entries.push(e);
    for (let k = int(0, 4); k > 0; k--)
      reviews.push({ poolEntryId: e.id, reviewedOn: addDays(enteredOn, int(0, 1800)) });
    const list: TrainingFact[] = [];
    for (let k = int(0, 6); k > 0; k--) {
      const startDate = dayIn(2016, 2027);
      list.push({
        kind: pick(TRAINING_KINDS),
        startDate,
        endDate: addDays(startDate, int(0, 20)),
        hours: int(4, 60),
        fullTimeOffJob: r() < 0.6,
        completed: r() < 0.85,
      });
    }
    if (list.length) trainings.set(e.cadre.id, list);
  }
  return { entries, reviews, trainings };
}

const DAYS = Array.from({ length: 60 }, (_, i) => addDays(day(2019, 1, 3), i * 53));
const active = (e: PoolEntryFact, t: number) =>
  e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t);

const BITS = { "WS-POLITICAL-TRAINING": FAILS_POLITICAL, "WS-TRAIN-HOURS": FAILS_HOURS, "D20-TRAIN-KJ": FAILS_SPECIAL };

/** The failed training rules as trainingCompliance gives them, as bits. */
function failedBits(e: PoolEntryFact, trainings: readonly TrainingFact[], profile: ResolvedProfile, asOf: Date) {
  const c = trainingCompliance({ tier: e.tier, enteredOn: e.enteredOn, trainings }, profile, asOf);
  return c.checks.filter((x) => !x.passed).reduce((b, x) => b | (BITS[x.ruleId as keyof typeof BITS] ?? 0), 0);
}

/** The review cycle read plainly: the last review on or before asOf (else entry) plus the cycle, within the horizon. */
function plainReviews(entries: PoolEntryFact[], reviews: PoolReviewFact[], profile: ResolvedProfile, asOf: Date) {
  const t = asOf.getTime();
  const horizon = addDays(asOf, 60).getTime();
  const out: [string, string, string][] = [];
  for (const e of entries) {
    const cycle = reviewCycleFor(e.tier, profile);
    if (!active(e, t) || !cycle) continue;
    const last = reviews
      .filter((x) => x.poolEntryId === e.id && x.reviewedOn.getTime() <= t)
      .reduce<Date | null>((m, x) => (m && m >= x.reviewedOn ? m : x.reviewedOn), null);
    const dueOn = addYears(last ?? e.enteredOn, cycle.years);
    if (dueOn.getTime() <= horizon) out.push([e.id, dueOn.toISOString().slice(0, 10), cycle.ruleId]);
  }
  return out.sort((a, b) => a[1].localeCompare(b[1]));
}

function plainAgingOut(entries: PoolEntryFact[], profile: ResolvedProfile, asOf: Date) {
  const horizon = addMonths(asOf, profile.params.conventions.atRiskMonths).getTime();
  return entries
    .filter((e) => active(e, asOf.getTime()) && tierAgeLimit(e.tier, profile))
    .map((e) => [e.id, dateExceeding(e.cadre.birthDate, tierAgeLimit(e.tier, profile)!.maxAge).getTime()] as const)
    .filter(([, on]) => on <= horizon)
    .sort((a, b) => a[1] - b[1]);
}

describe("the pool's schedule: the dashboard's numbers equal the rules read from the facts", () => {
  for (const [name, profile, tiers] of [
    ["district-2020", D20, D20_TIERS],
    ["every rule on (both review cycles)", ALL, ALL_TIERS],
  ] as const) {
    it(`${name}: training verdicts, reviews due and aging out of 300 generated members on 60 days`, () => {
      const p = pool(20261207, [...tiers]);
      const s = poolSchedule(p.entries, p.reviews, p.trainings, profile);
      let behind = 0;
      let due = 0;
      for (const asOf of DAYS) {
        const d = trainingDay(profile, asOf);
        p.entries.forEach((e, k) => {
          if (!active(e, asOf.getTime())) return;
          const want = failedBits(e, p.trainings.get(e.cadre.id) ?? [], profile, asOf);
          expect(trainingFailedOn(s, k, d), `${e.id} on ${asOf.toISOString().slice(0, 10)}`).toBe(want);
          if (want) behind++;
        });
        const got = reviewsDueFrom(s, asOf, 60, Infinity);
        const plain = plainReviews(p.entries, p.reviews, profile, asOf);
        expect(got.items.map((x) => [x.entryId, x.dueOn.toISOString().slice(0, 10), x.ruleId])).toEqual(plain);
        expect(got.total).toBe(plain.length);
        expect(reviewsDueFrom(s, asOf, 60, 5).items).toEqual(got.items.slice(0, 5));
        due += plain.length;
        expect(agingOut(p.entries, profile, asOf).map((a) => [a.entryId, a.exceedsOn.getTime()])).toEqual(
          plainAgingOut(p.entries, profile, asOf),
        );
      }
      // the comparisons compared something: members behind and reviews due on most days
      expect(behind).toBeGreaterThan(1000);
      expect(due).toBeGreaterThan(300);
    });
  }

  it("patched after a review, a training changed, an entry added and one closed: equal to a schedule built from scratch", () => {
    const p = pool(7, D20_TIERS, 120);
    let { entries, reviews } = p;
    let trainings: Map<string, TrainingFact[]> = p.trainings;
    const first = poolSchedule(entries, reviews, trainings, D20);
    const numbers = (s: ReturnType<typeof poolSchedule>) =>
      s.compact.entries.map((_, k) => [
        s.entryReviewDue[k],
        [...(s.reviewOn[k] ?? [])],
        [...(s.reviewDue[k] ?? [])],
        s.entryPoliticalDue[k],
        [...(s.training[k] ?? [])],
      ]);
    // a review of e005: the entry re-read (a new object) and its reviews replaced, as apply-changes.ts does
    const reviewed = entries[5];
    const added = [{ poolEntryId: reviewed.id, reviewedOn: day(2026, 3, 1) }];
    const nextReviews = [...reviews.filter((r) => r.poolEntryId !== reviewed.id), ...added];
    noteDerived(nextReviews, reviews, added);
    const again = { ...reviewed };
    const nextEntries = entries.map((e) => (e === reviewed ? again : e));
    noteDerived(nextEntries, entries, [again]);
    [entries, reviews] = [nextEntries, nextReviews];
    const afterReview = poolSchedule(entries, reviews, trainings, D20);
    expect(afterReview).not.toBe(first);
    expect(afterReview.reviewOn[5]).not.toBe(first.reviewOn[5]);
    expect(afterReview.training[6]).toBe(first.training[6]);
    // a training of e010's cadre: only the map changes
    trainings = new Map(trainings);
    trainings.set(entries[10].cadre.id, [
      {
        kind: "PARTY_SPIRIT",
        startDate: day(2026, 5, 1),
        endDate: day(2026, 5, 20),
        hours: 90,
        fullTimeOffJob: true,
        completed: true,
      },
    ]);
    const afterTraining = poolSchedule(entries, reviews, trainings, D20);
    // another, noted as apply-changes.ts notes it: only e011's cadre's list differs
    const noted = new Map(trainings);
    noted.set(entries[11].cadre.id, []);
    noteMapDerived(noted, trainings, [entries[11].cadre.id]);
    trainings = noted;
    const afterNoted = poolSchedule(entries, reviews, trainings, D20);
    expect(afterNoted.training[11]).toBeNull();
    expect(afterNoted.training[12]).toBe(afterTraining.training[12]);
    // an entry added and one closed (a new object for it)
    const newcomer = entry("e999", "SECTION", { enteredOn: day(2026, 6, 1) });
    const closed = { ...entries[20], closedOn: day(2026, 7, 1) };
    const last = entries.map((e) => (e === entries[20] ? closed : e)).concat(newcomer);
    noteDerived(last, entries, [closed, newcomer]);
    const patched = poolSchedule(last, reviews, trainings, D20);
    for (const [s, es] of [
      [afterReview, entries],
      [afterNoted, entries],
      [patched, last],
    ] as const) {
      const scratch = poolSchedule([...es], [...reviews], new Map(trainings), D20);
      const ts = s === afterReview ? p.trainings : trainings;
      const fromScratch = s === afterReview ? poolSchedule([...es], [...reviews], new Map(ts), D20) : scratch;
      expect(numbers(s)).toEqual(numbers(fromScratch));
    }
    expect(patched.training[10]).not.toBe(first.training[10]);
    expect(trainingFailedOn(patched, 10, trainingDay(D20, day(2026, 6, 30))) & FAILS_HOURS).toBe(0);
  });
});
