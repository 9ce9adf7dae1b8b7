import "server-only";
// The dashboard's data, read once per data change for every reference date and every reader
// (district-facts.ts keeps it): units, the relevant posts and their history, the pool's entries
// with education, reviews and trainings, and the nominations' events — plain SQL through
// lib/server/db-read.ts (at 100,000 cadres Prisma's per-value deserialisation would cost more
// than the rules), in parallel. A day's facts (facts-on.ts) are filtered from these in memory;
// only the promotions are read per window of dates (promotion-store.ts).
import type { NominationStage } from "@/lib/generated/prisma/enums";
import {
  ruleOn,
  type PoolEntryFact,
  type PoolReviewFact,
  type RuleId,
  type TrainingFact,
  type TrainingKind,
} from "@/lib/rules";
import { dayDate as day, dayNumber, readRows } from "@/lib/server/db-read";
import { factDate } from "@/lib/dashboard/fact-date";
import {
  loadPoolFactsSql,
  loadPromotions,
  loadStaffingFacts,
  loadStaffingHistory,
  needsFullHistory,
  promotionsSince,
  type StaffingFacts,
  type StaffingHistory,
} from "@/lib/server/facts";
import { getActiveProfile, type ActiveProfile } from "@/lib/server/policy/active-profile";
import { currentCounter } from "./change-log";
import { PromotionStore } from "./promotion-store";

export const TRAINING_RULES: readonly RuleId[] = ["WS-POLITICAL-TRAINING", "WS-TRAIN-HOURS", "D20-TRAIN-KJ"];

export interface NominationEventFact {
  nominationId: string;
  cadreId: string;
  toStage: NominationStage;
  occurredAt: Date;
}

/**
 * Everything the dashboard reads, for every date and the whole district: no reader's scope is
 * applied yet (facts-on.ts leaves out each reader's recusals).
 */
export interface DistrictFacts {
  /** the "DataChange" counter read before the facts: every change up to it is in them (change-log.ts) */
  counter: number;
  active: ActiveProfile;
  /** every appointment of the district (the profile's rules read all history), not only the relevant posts' */
  fullHistory: boolean;
  staffing: StaffingHistory;
  promotions: PromotionStore;
  /** every pool entry, open and closed */
  entries: PoolEntryFact[];
  reviews: PoolReviewFact[];
  nominationEvents: NominationEventFact[];
  /** trainings of every cadre ever in the pool, by cadre; null when no training rule is on */
  trainings: Map<string, TrainingFact[]> | null;
}

/**
 * Reads the district's facts; the promotions of `firstDay`'s windows are read alongside, since
 * the day that asked for the facts needs them next.
 */
export async function loadDistrictFacts(firstDay?: Date): Promise<DistrictFacts> {
  // read first: a change committed while the facts are read is applied again at the next refresh
  // (re-reading what it touched is idempotent), never missed
  const counter = await currentCounter();
  const active = await getActiveProfile();
  const wantTrainings = TRAINING_RULES.some((id) => ruleOn(active.profile, id));
  const full = needsFullHistory(active.profile);
  const windows = full ? null : new PromotionStore(loadPromotions);
  const [staffing, pool, nominationEvents, trainings] = await Promise.all([
    full
      ? loadStaffingFacts()
      : loadStaffingHistory().then((history): StaffingFacts => ({ ...history, promotions: [] })),
    loadPoolFactsSql(),
    loadNominationEvents(),
    wantTrainings ? loadPoolTrainings() : null,
    windows && firstDay ? windows.between(promotionsSince(active.profile, firstDay), firstDay) : null,
  ]);
  // the full history knows every promotion; otherwise they are read per window of dates
  const promotions = windows ?? new PromotionStore(null, staffing.promotions);
  return {
    counter,
    active,
    fullHistory: full,
    staffing,
    promotions,
    entries: pool.entries,
    reviews: pool.reviews,
    nominationEvents,
    trainings,
  };
}

export async function loadNominationEvents(): Promise<NominationEventFact[]> {
  // occurredAt is a UTC timestamp without zone: read it as epoch milliseconds, not as local time
  const rows = await readRows<[string, string, NominationStage, number]>(
    `select e."nominationId", n."cadreId", e."toStage"::text, (extract(epoch from e."occurredAt") * 1000)::float8
     from "NominationEvent" e join "Nomination" n on n.id = e."nominationId"`,
  );
  return rows.map(([nominationId, cadreId, toStage, ms]) => ({
    nominationId,
    cadreId,
    toStage,
    occurredAt: factDate(ms),
  }));
}

/**
 * The trainings of every cadre ever in the pool: the only ones the training rules look at.
 * Attendances come as (cadre, training, completed) and the few trainings once each: at 100,000
 * cadres that is ≈25,000 attendances of a few dozen trainings, and each distinct fact object is
 * built once and shared (the rules only read them). With `cadres`: only theirs (a change's).
 */
export async function loadPoolTrainings(cadres?: string[]): Promise<Map<string, TrainingFact[]>> {
  const attendances = await readRows<[string, string, boolean]>(
    `select ta."cadreId", ta."trainingId", ta.completed from "TrainingAttendance" ta
     where ta."cadreId" = any(array(select distinct "cadreId" from "PoolEntry" ${cadres ? `where "cadreId" = any($1)` : ""}))`,
    cadres ? [cadres] : [],
  );
  // read after the attendances, so every training they name is there (it was committed first)
  const trainings = await readRows<[string, TrainingKind, number, number, number, boolean]>(
    `select t.id, t.kind::text, ${dayNumber(`t."startDate"`)}, ${dayNumber(`t."endDate"`)}, t.hours, t."fullTimeOffJob" from "Training" t where t.id = any($1)`,
    [[...new Set(attendances.map((a) => a[1]))]],
  );
  const facts = new Map<string, TrainingFact>();
  for (const [id, kind, start, end, hours, fullTimeOffJob] of trainings) {
    for (const completed of [true, false]) {
      facts.set(`${id}|${completed}`, {
        id,
        kind,
        startDate: day(start),
        endDate: day(end),
        hours,
        fullTimeOffJob,
        completed,
      });
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
