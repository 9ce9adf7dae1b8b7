import "server-only";
// Runs the rules once over the loaded facts, in two sides that need different facts: the
// staffing targets and rotations (units, posts, appointments), and the pool's structure,
// members about to pass their tier's age limit, reviews and training (pool entries). Pure
// apart from "server-only".
import {
  agingOut,
  buildPoolDay,
  evaluatePool,
  evaluateStaffing,
  poolSchedule,
  reviewsDueFrom,
  rotationDue,
  ruleOn,
  trainingCompliance,
  trainingDay,
  trainingFailedOn,
  type AgingOut,
  type Check,
  type PoolEntryFact,
  type PoolSchedule,
  type PoolReport,
  type ResolvedProfile,
  type ReviewDueItem,
  type RotationAppointmentFact,
  type RotationItem,
  type RuleId,
  type StaffingReport,
} from "@/lib/rules";
import type { StaffingFacts } from "@/lib/server/facts";
import type { DashboardFacts } from "./facts-on";
import { TRAINING_RULES } from "./load-facts";
import { SideMemo } from "./side-memo";

export const ROTATION_RULES: readonly RuleId[] = ["ZZ15-ROT-POST", "ZZ15-ROT-KEY", "ZZ15-ROT-LEADER", "ZZ15-ROT-PAIR"];
export const REVIEW_RULES: readonly RuleId[] = ["D20-REVIEW-ANNUAL", "SS12-ADJUST"];
/** Reminders look this far ahead of the reference date. */
export const ROTATION_HORIZON_MONTHS = 6;
export const REVIEW_HORIZON_DAYS = 60;

export interface TrainingBehind {
  entry: PoolEntryFact;
  failed: Check[];
  politicalDueOn: Date | null;
}

export interface Evaluation {
  profile: ResolvedProfile;
  asOf: Date;
  staffing: StaffingReport;
  pool: PoolReport;
  agingOut: AgingOut[];
  /** the first LISTED reviews due, by due date (reviewsTotal: all of them) */
  reviews: ReviewDueItem[];
  reviewsTotal: number;
  rotations: RotationItem[];
  /** the first LISTED members behind on training (trainingBehindTotal: all of them) */
  trainingBehind: TrainingBehind[];
  trainingBehindTotal: number;
}

export type StaffingSide = Pick<Evaluation, "staffing" | "rotations">;
export type PoolSide = Pick<
  Evaluation,
  "pool" | "agingOut" | "reviews" | "reviewsTotal" | "trainingBehind" | "trainingBehindTotal"
>;

/** Items a watch list names (the rest are counted). */
export const LISTED = 50;

const anyOn = (profile: ResolvedProfile, ids: readonly RuleId[]) => ids.some((id) => ruleOn(profile, id));

const staffingSides = new SideMemo<StaffingSide>();
const poolSides = new SideMemo<PoolSide>();

/** The staffing targets and the rotations due: everything that reads units, posts and appointments. */
export function evaluateStaffingSide(s: StaffingFacts, profile: ResolvedProfile, asOf: Date): StaffingSide {
  // the same facts (a change that touched only the pool keeps them: merge-facts.ts) give the same side
  return staffingSides.get([s.units, s.posts, s.appointments, profile, asOf.getTime()], s.promotions, () =>
    staffingSide(s, profile, asOf),
  );
}

function staffingSide(s: StaffingFacts, profile: ResolvedProfile, asOf: Date): StaffingSide {
  return {
    staffing: evaluateStaffing(s.units, s.posts, s.appointments, s.promotions, profile, asOf),
    rotations: anyOn(profile, ROTATION_RULES)
      ? rotationDue(rotationFacts(s), profile, asOf, ROTATION_HORIZON_MONTHS)
      : [],
  };
}

/** The pool's structure, members about to age out, reviews due and training behind. */
export function evaluatePoolSide(
  f: Pick<DashboardFacts, "entries" | "reviews" | "trainings">,
  profile: ResolvedProfile,
  asOf: Date,
): PoolSide {
  return poolSides.get([f.entries, f.reviews, f.trainings, profile, asOf.getTime()], [], () =>
    poolSide(f, profile, asOf),
  );
}

function poolSide(
  f: Pick<DashboardFacts, "entries" | "reviews" | "trainings">,
  profile: ResolvedProfile,
  asOf: Date,
): PoolSide {
  // the entries' review and training dates as numbers, kept across days and patched after a change
  const schedule = poolSchedule(f.entries, f.reviews, f.trainings, profile);
  const behind = f.trainings ? trainingBehind(schedule, profile, asOf) : { listed: [], total: 0 };
  const reviews = anyOn(profile, REVIEW_RULES)
    ? reviewsDueFrom(schedule, asOf, REVIEW_HORIZON_DAYS, LISTED)
    : { items: [], total: 0 };
  return {
    pool: evaluatePool(f.entries, profile, asOf),
    agingOut: agingOut(f.entries, profile, asOf),
    reviews: reviews.items,
    reviewsTotal: reviews.total,
    trainingBehind: behind.listed,
    trainingBehindTotal: behind.total,
  };
}

/** The appointments the rotation rules read, from the staffing facts already loaded. */
function rotationFacts(s: StaffingFacts): RotationAppointmentFact[] {
  const posts = new Map(s.posts.map((p) => [p.id, p]));
  const out: RotationAppointmentFact[] = [];
  for (const a of s.appointments) {
    const p = posts.get(a.postId);
    if (!p) continue;
    out.push({
      id: a.id,
      cadreId: a.cadre.id,
      gender: a.cadre.gender,
      birthDate: a.cadre.birthDate,
      postId: p.id,
      unitId: p.unitId,
      rank: p.rank,
      isPrincipal: p.isPrincipal,
      isKeyPost: p.isKeyPost,
      startDate: a.startDate,
      endDate: a.endDate,
      supervisorCadreId: a.supervisorCadreId ?? null,
    });
  }
  return out;
}

/**
 * The members behind on training, in the entries' order: every one counted from the schedule's
 * numbers (trainingFailedOn), the first LISTED with their failed checks and messages
 * (trainingCompliance, which the unit tests hold equal to those numbers).
 */
function trainingBehind(
  s: PoolSchedule,
  profile: ResolvedProfile,
  asOf: Date,
): { listed: TrainingBehind[]; total: number } {
  const c = s.compact;
  const day = trainingDay(profile, asOf);
  const listed: TrainingBehind[] = [];
  let total = 0;
  // the day's active entries, as the structure rules read them (kept per compact and day)
  for (const k of buildPoolDay(c.entries, profile, asOf).active) {
    if (trainingFailedOn(s, k, day) === 0) continue;
    total += 1;
    if (listed.length >= LISTED) continue;
    const e = c.entries[k];
    const trainings = s.trainingLists[k] ?? [];
    const r = trainingCompliance(
      { cadreId: e.cadre.id, tier: e.tier, enteredOn: e.enteredOn, trainings },
      profile,
      asOf,
    );
    const failed = r.checks.filter((x) => !x.passed && TRAINING_RULES.includes(x.ruleId));
    listed.push({ entry: e, failed, politicalDueOn: r.politicalDueOn });
  }
  return { listed, total };
}
