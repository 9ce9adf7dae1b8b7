import "server-only";
// What changed since the district's facts were read: the rows of "DataChangeLog" (migration
// 20261207140000_data_change_log) of every counter after the facts' own, reduced to the cadres,
// units, posts and pool entries to read again. A change the log cannot describe — the active
// policy profile, a TRUNCATE, a counter without log rows (pruned, or a writer without the log
// trigger), more rows than are worth applying one by one — asks for the whole facts instead.
import { readRows } from "@/lib/server/db-read";

/** More log rows than this since the facts were read: reading the whole facts is cheaper. */
export const MAX_LOG_ROWS = 20_000;

export interface ChangeSet {
  /** the counter the facts will be at once the change is applied */
  counter: number;
  /** read the whole facts again */
  whole: boolean;
  /** cadres whose own row changed (birth date, gender, archive: their appointments, entries and promotions) */
  people: Set<string>;
  /** cadres whose pool entries or education changed */
  cadres: Set<string>;
  /** units whose row or posts changed */
  units: Set<string>;
  /** posts whose row or appointments changed */
  posts: Set<string>;
  /** cadres whose appointments changed (their promotions) */
  appointed: Set<string>;
  /** pool entries whose reviews changed */
  reviewed: Set<string>;
  /** cadres whose training attendances changed */
  trained: Set<string>;
  trainings: boolean;
  nominations: boolean;
}

type LogRow = [
  current: string,
  counter: string | null,
  table: string | null,
  cadreId: string | null,
  unitId: string | null,
  rowId: string | null,
];

export function emptyChangeSet(counter: number): ChangeSet {
  return {
    counter,
    whole: false,
    people: new Set(),
    cadres: new Set(),
    units: new Set(),
    posts: new Set(),
    appointed: new Set(),
    reviewed: new Set(),
    trained: new Set(),
    trainings: false,
    nominations: false,
  };
}

/** The current counter (one read, for facts about to be read whole). */
export async function currentCounter(): Promise<number> {
  const [[counter]] = await readRows<[string]>(`select counter::text from "DataChange" where id = 1`);
  return Number(counter);
}

/**
 * The changes after counter `since`, read with the current counter in one statement (one
 * snapshot: the log rows of every counter up to it are there, as they commit together).
 */
export async function changesSince(since: number): Promise<ChangeSet> {
  const rows = await readRows<LogRow>(
    `select d.counter::text, l.counter::text, l."table", l."cadreId", l."unitId", l."rowId"
     from "DataChange" d left join lateral (
       select * from "DataChangeLog" l where l.counter > $1 and l.counter <= d.counter order by l.counter limit $2
     ) l on true
     where d.id = 1`,
    [since, MAX_LOG_ROWS + 1],
  );
  const current = Number(rows[0][0]);
  const set = emptyChangeSet(current);
  if (current === since) return set;
  const seen = new Set<string>();
  for (const [, counter, table, cadreId, unitId, rowId] of rows) {
    if (counter == null || table == null) continue;
    seen.add(counter);
    note(set, table, cadreId, unitId, rowId);
  }
  // a counter with no rows, a log cut short, or a counter that went back (a restored database)
  if (current < since || seen.size !== current - since || rows.length > MAX_LOG_ROWS) set.whole = true;
  return set;
}

function note(set: ChangeSet, table: string, cadreId: string | null, unitId: string | null, rowId: string | null) {
  if (cadreId == null && unitId == null && rowId == null) {
    set.whole = true; // TRUNCATE
    return;
  }
  switch (table) {
    case "Cadre":
      set.people.add(cadreId!);
      return;
    case "EducationRecord":
    case "PoolEntry":
      set.cadres.add(cadreId!);
      // a new member's trainings count from now on
      if (table === "PoolEntry") set.trained.add(cadreId!);
      return;
    case "Unit":
      set.units.add(unitId!);
      return;
    case "Post":
      set.units.add(unitId!);
      set.posts.add(rowId!);
      return;
    case "Appointment":
      set.posts.add(rowId!);
      set.appointed.add(cadreId!);
      return;
    case "PoolReview":
      set.reviewed.add(rowId!);
      return;
    case "Nomination":
    case "NominationEvent":
      set.nominations = true;
      return;
    case "Training":
      set.trainings = true;
      return;
    case "TrainingAttendance":
      set.trained.add(cadreId!);
      return;
    case "RankRecord":
      // read only by the full-history loader, which is always read whole
      return;
    default:
      set.whole = true; // PolicyProfile, or a table this code does not know
  }
}
