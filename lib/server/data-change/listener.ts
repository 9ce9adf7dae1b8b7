import "server-only";
import pg from "pg";

// Every app process listens on the primary for the data stamp's NOTIFY (migration
// 20261207150000_data_change_notify: the deferred trigger that bumps "DataChange".counter at a
// commit sends the new counter) and keeps the newest counter it heard in memory. So a save made
// through any process — or in psql — reaches every process's dashboard within milliseconds, and
// a dashboard request reads no stamp from the database (stamp.ts).
//
// The connection is one plain pg client per process, kept open. When it is lost (the primary
// restarts, the network drops) the process says so once in its log, reads the stamp from the
// database on every request meanwhile (stamp.ts), and reconnects with a growing pause (0.25 →
// 5 s); after each (re)connect it reads the counter once, so a change made while it was not
// listening is not missed. The listener is started by the app's server (instrumentation.ts);
// scripts and tests that never start it read the stamp from the database, as before.
export const DATA_CHANGE_CHANNEL = "miaopu_data_change";
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

interface ListenerState {
  started: boolean;
  client: pg.Client | null;
  connected: boolean;
  stamp: bigint;
  retryMs: number;
  lostSince: number | null;
  subscribers: Set<(stamp: bigint) => void>;
}

const g = globalThis as unknown as { miaopuDataChange?: ListenerState };
const st: ListenerState = (g.miaopuDataChange ??= {
  started: false,
  client: null,
  connected: false,
  stamp: 0n,
  retryMs: RETRY_MIN_MS,
  lostSince: null,
  subscribers: new Set(),
});

/** The newest counter heard while the listener is connected; null while it is not (read the database). */
export function listenerStamp(): bigint | null {
  return st.connected ? st.stamp : null;
}

/** The newest counter this process knows of, connected or not (what a replica must have replayed). */
export function knownStamp(): bigint {
  return st.stamp;
}

/** A counter read from the database (after a write here, or a fallback read): never go back. */
export function noteStamp(counter: bigint): void {
  if (counter <= st.stamp) return;
  st.stamp = counter;
  for (const fn of st.subscribers) fn(counter);
}

/** Called with each newer counter (the dashboard refreshes ahead, dashboard-refresh.ts). */
export function onDataChange(fn: (stamp: bigint) => void): void {
  st.subscribers.add(fn);
}

/** Starts listening (idempotent). Needs DATABASE_URL; without it nothing is started. */
export function startDataChangeListener(): void {
  if (st.started || !process.env.DATABASE_URL) return;
  st.started = true;
  void connect();
}

async function connect(): Promise<void> {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
    // pg_stat_activity shows which connections are the listeners
    application_name: "miaopu-data-change",
  });
  st.client = client;
  client.on("notification", (m) => {
    if (m.channel !== DATA_CHANGE_CHANNEL || !/^\d+$/.test(m.payload ?? "")) return;
    noteStamp(BigInt(m.payload!));
  });
  client.on("error", (e) => lost(client, e));
  client.on("end", () => lost(client, new Error("connection closed")));
  try {
    await client.connect();
    await client.query(`LISTEN ${DATA_CHANGE_CHANNEL}`);
    // after LISTEN: a change committed from here on is heard, one committed before is read now
    const r = await client.query<{ counter: string }>(`select counter::text from "DataChange" where id = 1`);
    if (st.client !== client) return;
    // the database's word, even if lower (a database restored from a backup while we were away)
    const counter = BigInt(r.rows[0].counter);
    if (counter < st.stamp) st.stamp = counter - 1n;
    noteStamp(counter);
    st.connected = true;
    st.retryMs = RETRY_MIN_MS;
    if (st.lostSince !== null) {
      console.warn(`[miaopu] data-change listener reconnected after ${Date.now() - st.lostSince} ms`);
      st.lostSince = null;
    }
  } catch (e) {
    lost(client, e);
  }
}

function lost(client: pg.Client, e: unknown): void {
  if (st.client !== client) return;
  st.client = null;
  st.connected = false;
  void client.end().catch(() => {});
  if (st.lostSince === null) {
    st.lostSince = Date.now();
    console.warn(
      `[miaopu] data-change listener lost its connection (${e instanceof Error ? e.message : String(e)}); the data stamp is read from the database until it reconnects`,
    );
  }
  if (!st.started) return;
  const wait = st.retryMs;
  st.retryMs = Math.min(RETRY_MAX_MS, st.retryMs * 2);
  setTimeout(() => void (st.started && !st.client && connect()), wait).unref();
}

/** Stops listening (tests, scripts that exit). */
export async function stopDataChangeListener(): Promise<void> {
  st.started = false;
  const client = st.client;
  st.client = null;
  st.connected = false;
  await client?.end().catch(() => {});
}
