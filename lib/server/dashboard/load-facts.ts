import "server-only";
// The dashboard's one data load: every fact the targets, the pool structure, the flows and the
// watch lists need, fetched in parallel and then computed in memory (no query per chart).
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { ruleOn, type PoolEntryFact, type PoolReviewFact, type RuleId, type TrainingFact } from "@/lib/rules";
import type { Actor } from "@/lib/server/auth/actor";
import { assertCan, nominationScope, poolScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { loadPoolEntryFacts, loadPoolReviewFacts, loadStaffingFactsAsOf, type StaffingFacts } from "@/lib/server/facts";
import { getActiveProfile, type ActiveProfile } from "@/lib/server/policy/active-profile";

export const TRAINING_RULES: readonly RuleId[] = ["WS-POLITICAL-TRAINING", "WS-TRAIN-HOURS", "D20-TRAIN-KJ"];

export interface NominationEventFact {
  nominationId: string;
  toStage: NominationStage;
  occurredAt: Date;
}

export interface DashboardFacts {
  active: ActiveProfile;
  staffing: StaffingFacts;
  entries: PoolEntryFact[];
  reviews: PoolReviewFact[];
  nominationEvents: NominationEventFact[];
  /** completed and planned trainings of pool members by cadre; null when no training rule is on */
  trainings: Map<string, TrainingFact[]> | null;
}

/** The end of asOf in China (UTC+8) as an instant: events up to then have happened. */
export function endOfDayInChina(asOf: Date): Date {
  return new Date(asOf.getTime() + 16 * 3600_000);
}

export async function loadDashboardFacts(actor: Actor, asOf: Date): Promise<DashboardFacts> {
  assertCan(actor, "dashboard", "read");
  const active = await getActiveProfile();
  const wantTrainings = TRAINING_RULES.some((id) => ruleOn(active.profile, id));
  const pool = poolScope(actor);
  const [staffing, entries, reviews, nominationEvents] = await Promise.all([
    loadStaffingFactsAsOf(asOf, active.profile),
    loadPoolEntryFacts(pool),
    loadPoolReviewFacts({ poolEntry: pool }),
    prisma.nominationEvent.findMany({
      where: { occurredAt: { lt: endOfDayInChina(asOf) }, nomination: nominationScope(actor) },
      select: { nominationId: true, toStage: true, occurredAt: true },
    }),
  ]);
  const trainings = wantTrainings ? await loadTrainings(activeCadreIds(entries, asOf)) : null;
  return { active, staffing, entries, reviews, nominationEvents, trainings };
}

/** Cadres in the pool on asOf; the entries were read through poolScope, so these are in scope. */
function activeCadreIds(entries: PoolEntryFact[], asOf: Date): string[] {
  const t = asOf.getTime();
  return [...new Set(entries.filter((e) => e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t)).map((e) => e.cadre.id))];
}

/** The trainings of the given (already scoped) cadres: the only ones the training rules look at. */
async function loadTrainings(cadreIds: string[]): Promise<Map<string, TrainingFact[]>> {
  const rows = await prisma.trainingAttendance.findMany({
    where: { cadreId: { in: cadreIds } },
    select: {
      cadreId: true, completed: true,
      training: { select: { id: true, kind: true, startDate: true, endDate: true, hours: true, fullTimeOffJob: true } },
    },
  });
  const out = new Map<string, TrainingFact[]>();
  for (const r of rows) {
    const list = out.get(r.cadreId) ?? [];
    list.push({ ...r.training, completed: r.completed });
    out.set(r.cadreId, list);
  }
  return out;
}
