import "server-only";
// The dashboard's one data load: every fact the targets, the pool structure, the flows and the
// watch lists need, read in parallel (plain SQL through lib/server/db-read.ts: at 100,000
// cadres Prisma's per-value deserialisation would cost more than the rules) and then computed
// in memory — no query per chart.
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { isoDay, ruleOn, type PoolEntryFact, type PoolReviewFact, type RuleId, type TrainingFact, type TrainingKind } from "@/lib/rules";
import type { Actor } from "@/lib/server/auth/actor";
import { readRows } from "@/lib/server/db-read";
import { loadPoolFactsSql, loadStaffingFactsAsOf, type StaffingFacts } from "@/lib/server/facts";
import type { ActiveProfile } from "@/lib/server/policy/active-profile";
import { dashboardExclusions } from "./scope";

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
  /** trainings of the pool's members by cadre; null when no training rule is on */
  trainings: Map<string, TrainingFact[]> | null;
}

/** The end of asOf in China (UTC+8) as an instant: events up to then have happened. */
export function endOfDayInChina(asOf: Date): Date {
  return new Date(asOf.getTime() + 16 * 3600_000);
}

/**
 * The facts of each side, each promise resolving as soon as its own queries are answered, so the
 * caller can run that side's rules while the database still works on the other (get-dashboard.ts).
 */
export function loadDashboardFactsBySide(active: ActiveProfile, actor: Actor, asOf: Date) {
  const exclude = dashboardExclusions(actor);
  const wantTrainings = TRAINING_RULES.some((id) => ruleOn(active.profile, id));
  return {
    staffing: loadStaffingFactsAsOf(asOf, active.profile),
    pool: Promise.all([loadPoolFactsSql(exclude), wantTrainings ? loadPoolTrainings(asOf, exclude) : null])
      .then(([p, trainings]) => ({ entries: p.entries, reviews: p.reviews, trainings })),
    nominationEvents: loadNominationEvents(endOfDayInChina(asOf), exclude),
  };
}

async function loadNominationEvents(before: Date, exclude: string[]): Promise<NominationEventFact[]> {
  // occurredAt is a UTC timestamp without zone: read it as epoch milliseconds, not as local time
  const rows = await readRows<[string, NominationStage, number]>(
    `select e."nominationId", e."toStage"::text, (extract(epoch from e."occurredAt") * 1000)::float8
     from "NominationEvent" e join "Nomination" n on n.id = e."nominationId"
     where e."occurredAt" < $1::timestamp and not (n."cadreId" = any($2))`,
    [before.toISOString().replace("Z", ""), exclude],
  );
  return rows.map(([nominationId, toStage, ms]) => ({ nominationId, toStage, occurredAt: new Date(ms) }));
}

/**
 * The trainings of the cadres in the pool on asOf: the only ones the training rules look at.
 * Attendances come as (cadre, training, completed) and the few trainings once each: at 100,000
 * cadres that is ≈20,000 attendances of a few dozen trainings, and each distinct fact object is
 * built once and shared (the rules only read them).
 */
async function loadPoolTrainings(asOf: Date, exclude: string[]): Promise<Map<string, TrainingFact[]>> {
  const attendances = await readRows<[string, string, boolean]>(
    `select ta."cadreId", ta."trainingId", ta.completed from "TrainingAttendance" ta
     where ta."cadreId" = any(array(select "cadreId" from "PoolEntry" where "enteredOn" <= $1::date and ("closedOn" is null or "closedOn" > $1::date)))
       and not (ta."cadreId" = any($2))`,
    [isoDay(asOf), exclude],
  );
  // read after the attendances, so every training they name is there (it was committed first)
  const trainings = await readRows<[string, TrainingKind, string, string, number, boolean]>(
    `select t.id, t.kind::text, t."startDate"::text, t."endDate"::text, t.hours, t."fullTimeOffJob" from "Training" t where t.id = any($1)`,
    [[...new Set(attendances.map((a) => a[1]))]],
  );
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const facts = new Map<string, TrainingFact>();
  for (const [id, kind, start, end, hours, fullTimeOffJob] of trainings) {
    for (const completed of [true, false]) {
      facts.set(`${id}|${completed}`, { id, kind, startDate: day(start), endDate: day(end), hours, fullTimeOffJob, completed });
    }
  }
  const out = new Map<string, TrainingFact[]>();
  for (const [cadreId, trainingId, completed] of attendances) {
    const fact = facts.get(`${trainingId}|${completed}`);
    if (!fact) continue; // unreachable: see above
    const list = out.get(cadreId);
    if (list) list.push(fact);
    else out.set(cadreId, [fact]);
  }
  return out;
}
