import "server-only";
import pg from "pg";
import { factDate } from "@/lib/dashboard/fact-date";
import { replicaFailed, replicaPool, replicaReady } from "@/lib/server/data-change/replica";
import { inReplicaScope } from "@/lib/server/data-change/scope";

// A small read-only pool for the few analytical queries that return tens of thousands of rows
// (the dashboard's facts at 100,000 cadres). Prisma's raw-query path deserialises every value
// through its runtime — about half a second per dashboard at that size; plain `pg` in array
// row mode costs a fraction of it. Everything else uses the one Prisma client (lib/server/db.ts).
const globalForPool = globalThis as unknown as { miaopuReadPool?: { url: string; pool: pg.Pool } };

function pool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, or set it in .env");
  const current = globalForPool.miaopuReadPool;
  if (current?.url === url) return current.pool;
  // Tests point DATABASE_URL at another database mid-run: follow it.
  void current?.pool.end();
  const p = new pg.Pool({ connectionString: url, max: 6 });
  // An idle connection the server closes (restart, dropped test database) must not crash the
  // process; the pool replaces it on the next query.
  p.on("error", (e) => console.warn(`[miaopu] read pool: idle connection lost (${e.message})`));
  globalForPool.miaopuReadPool = { url, pool: p };
  return p;
}

// Reads made for the dashboard, the exports and the print views (inside replicaReads(),
// lib/server/data-change/scope.ts) go to the streaming replica when DATABASE_REPLICA_URL is set
// and the replica has replayed what the read needs (data-change/replica.ts); otherwise, and when
// the replica fails, to the primary. Counted per target for the tests and the load report.
const g = globalThis as unknown as { miaopuReadCounts?: { primary: number; replica: number; fallback: number } };
const counts = (g.miaopuReadCounts ??= { primary: 0, replica: 0, fallback: 0 });

/** How many plain-SQL reads this process sent where: the primary, the replica, the primary after the replica failed. */
export function readCounts(): Readonly<typeof counts> {
  return { ...counts };
}

/**
 * Runs one parameterised read (`$1`, `$2` … with `values`) and returns rows as arrays, in the
 * order of the select list. Dates should be selected as text (`col::text`): pg would read a
 * DATE as local midnight.
 */
export async function readRows<Row extends unknown[]>(text: string, values: unknown[] = []): Promise<Row[]> {
  if (inReplicaScope() && (await replicaReady())) {
    try {
      const r = await replicaPool().query<Row>({ text, values, rowMode: "array" });
      counts.replica += 1;
      return r.rows;
    } catch (e) {
      replicaFailed(e);
      counts.fallback += 1;
    }
  }
  return readPrimaryRows(text, values);
}

/** readRows on the primary whatever the scope (the data stamp, a write's position). */
export async function readPrimaryRows<Row extends unknown[]>(text: string, values: unknown[] = []): Promise<Row[]> {
  const r = await pool().query<Row>({ text, values, rowMode: "array" });
  counts.primary += 1;
  return r.rows;
}

/** Closes the pool (tests and scripts that switch databases or exit). */
export async function closeReadPool(): Promise<void> {
  await globalForPool.miaopuReadPool?.pool.end();
  globalForPool.miaopuReadPool = undefined;
}

/**
 * A DATE column as its day number since 1970-01-01 (`dayNumber("a.\"startDate\"")`): an int4 is
 * cheaper to send and to parse than the date's text, and null stays null. Read it back with
 * `dayDate()`.
 */
export const dayNumber = (column: string) => `(${column} - date '1970-01-01')`;

// One Date per distinct day for the whole process: facts only read them (the rules never set a
// date's fields), and there are at most a few tens of thousands of days in any data; reading the
// facts again after a change then makes no new ones.
const days = new Map<number, Date>();

/** Day number → its UTC-midnight Date (the rules' days; fact-date.ts), one shared object per distinct day. */
export function dayDate(n: number): Date {
  let d = days.get(n);
  if (!d) days.set(n, (d = factDate(n * 86_400_000)));
  return d;
}
