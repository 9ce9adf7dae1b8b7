import "server-only";
// Runs the rules once over the loaded facts, in two sides that need different facts: the
// staffing targets and rotations (units, posts, appointments), and the pool's structure,
// members about to pass their tier's age limit, reviews and training (pool entries). Pure
// apart from "server-only".
import {
  agingOut,
  evaluatePool,
  evaluateStaffing,
  poolReviewDue,
  rotationDue,
  ruleOn,
  trainingCompliance,
  type AgingOut,
  type Check,
  type PoolEntryFact,
  type PoolReport,
  type ResolvedProfile,
  type ReviewDueItem,
  type RotationAppointmentFact,
  type RotationItem,
  type RuleId,
  type StaffingReport,
  type TrainingFact,
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
  reviews: ReviewDueItem[];
  rotations: RotationItem[];
  trainingBehind: TrainingBehind[];
}

export type StaffingSide = Pick<Evaluation, "staffing" | "rotations">;
export type PoolSide = Pick<Evaluation, "pool" | "agingOut" | "reviews" | "trainingBehind">;

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
  return {
    pool: evaluatePool(f.entries, profile, asOf),
    agingOut: agingOut(f.entries, profile, asOf),
    reviews: anyOn(profile, REVIEW_RULES)
      ? poolReviewDue(f.entries, f.reviews, profile, asOf, REVIEW_HORIZON_DAYS)
      : [],
    trainingBehind: f.trainings ? trainingBehind(f.entries, f.trainings, profile, asOf) : [],
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

function isActive(e: PoolEntryFact, asOf: Date): boolean {
  return e.enteredOn.getTime() <= asOf.getTime() && (e.closedOn == null || e.closedOn.getTime() > asOf.getTime());
}

/** Each entry's training verdict of one day, kept while the entry object lives (a change leaves the others' objects). */
type BehindMemo = WeakMap<PoolEntryFact, { list: TrainingFact[] | undefined; behind: TrainingBehind | null }>;
const behindByDay = new WeakMap<ResolvedProfile, Map<number, BehindMemo>>();
const DAYS_KEPT = 8;

function behindOf(profile: ResolvedProfile, asOf: Date): BehindMemo {
  let days = behindByDay.get(profile);
  if (!days) behindByDay.set(profile, (days = new Map()));
  let memo = days.get(asOf.getTime());
  if (!memo) {
    days.set(asOf.getTime(), (memo = new WeakMap()));
    if (days.size > DAYS_KEPT) days.delete(days.keys().next().value!);
  }
  return memo;
}

function trainingBehind(
  entries: PoolEntryFact[],
  trainings: Map<string, TrainingFact[]>,
  profile: ResolvedProfile,
  asOf: Date,
): TrainingBehind[] {
  const memo = behindOf(profile, asOf);
  const out: TrainingBehind[] = [];
  for (const e of entries) {
    if (!isActive(e, asOf)) continue;
    const list = trainings.get(e.cadre.id);
    const kept = memo.get(e);
    let behind: TrainingBehind | null;
    if (kept && kept.list === list) behind = kept.behind;
    else {
      const c = trainingCompliance(
        { cadreId: e.cadre.id, tier: e.tier, enteredOn: e.enteredOn, trainings: list ?? [] },
        profile,
        asOf,
      );
      const failed = c.checks.filter((x) => !x.passed && TRAINING_RULES.includes(x.ruleId));
      behind = failed.length ? { entry: e, failed, politicalDueOn: c.politicalDueOn } : null;
      memo.set(e, { list, behind });
    }
    if (behind) out.push(behind);
  }
  return out;
}
