import "server-only";
import pg from "pg";
import { knownStamp } from "./listener";
import { ownWriteLsn } from "./own-write";
import { parseLsn } from "./lsn";

// Whether a read allowed on the streaming replica (scope.ts) may go there now. It may when
//   · DATABASE_REPLICA_URL is set and the replica answered its last check, and
//   · the replica has replayed every change this process knows of: its "DataChange".counter is
//     at least the newest stamp heard (listener.ts) — so a dashboard computed for a stamp never
//     holds older data than the stamp says — and its replay position is at least the reader's
//     own latest write (own-write.ts).
// A replica behind on either waits up to MIAOPU_REPLICA_WAIT_MS (default 200 ms; streaming on one
// network replays in milliseconds), checked every 20 ms by one shared query; past that the read
// goes to the primary and the log says so (once a minute at most). A replica that does not answer
// is left alone for 2 s at a time, logged when it goes and when it is back. The user sees no
// error either way: the primary answers.
const RETRY_DOWN_MS = 2_000;
const POLL_MS = 20;
const WARN_EVERY_MS = 60_000;

interface Replayed {
  lsn: bigint;
  stamp: bigint;
}

interface ReplicaState {
  url: string | null;
  pool: pg.Pool | null;
  replayed: Replayed | null;
  probing: Promise<Replayed> | null;
  downUntil: number;
  down: boolean;
  warnedBehindAt: number;
  gaveUpAt: number;
}

const g = globalThis as unknown as { miaopuReplica?: ReplicaState };
const st: ReplicaState = (g.miaopuReplica ??= {
  url: null,
  pool: null,
  replayed: null,
  probing: null,
  downUntil: 0,
  down: false,
  warnedBehindAt: 0,
  gaveUpAt: 0,
});

export function replicaUrl(): string | null {
  return process.env.DATABASE_REPLICA_URL?.trim() || null;
}

const waitMs = () => {
  const n = Number(process.env.MIAOPU_REPLICA_WAIT_MS);
  return Number.isFinite(n) && n >= 0 ? n : 200;
};

export function replicaPool(): pg.Pool {
  const url = replicaUrl();
  if (!url) throw new Error("DATABASE_REPLICA_URL is not set");
  if (st.pool && st.url === url) return st.pool;
  void st.pool?.end();
  const p = new pg.Pool({ connectionString: url, max: 6, connectionTimeoutMillis: 2_000, keepAlive: true });
  p.on("error", (e) => console.warn(`[miaopu] replica pool: idle connection lost (${e.message})`));
  Object.assign(st, { url, pool: p, replayed: null });
  return p;
}

/** One check of how far the replica has replayed; concurrent callers share it. */
function probe(): Promise<Replayed> {
  st.probing ??= replicaPool()
    .query<[string | null, string]>({
      text: `select case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_flush_lsn() end::text,
                    (select counter::text from "DataChange" where id = 1)`,
      rowMode: "array",
    })
    .then((r) => {
      const [lsn, stamp] = r.rows[0];
      return (st.replayed = { lsn: parseLsn(lsn) ?? 0n, stamp: BigInt(stamp) });
    })
    .finally(() => {
      st.probing = null;
    });
  return st.probing;
}

const caughtUp = (r: Replayed | null, stamp: bigint, lsn: bigint) => r !== null && r.stamp >= stamp && r.lsn >= lsn;

/** May this read go to the replica now (waiting briefly for it to catch up)? Never throws. */
export async function replicaReady(): Promise<boolean> {
  if (!replicaUrl() || Date.now() < st.downUntil) return false;
  const stamp = knownStamp();
  const lsn = (await ownWriteLsn()) ?? 0n;
  if (!st.down && caughtUp(st.replayed, stamp, lsn)) return true;
  // a replica that was just given up on is checked once, not waited for again by every read
  const deadline = Date.now() + (Date.now() - st.gaveUpAt < 1_000 ? 0 : waitMs());
  for (;;) {
    try {
      const r = await probe();
      if (st.down) {
        st.down = false;
        console.warn("[miaopu] replica answers again: dashboards, reports and exports read it again");
      }
      if (caughtUp(r, stamp, lsn)) return true;
    } catch (e) {
      replicaFailed(e);
      return false;
    }
    if (Date.now() >= deadline) {
      st.gaveUpAt = Date.now();
      if (Date.now() - st.warnedBehindAt > WARN_EVERY_MS) {
        st.warnedBehindAt = Date.now();
        console.warn(
          `[miaopu] replica behind by more than ${waitMs()} ms (stamp ${st.replayed?.stamp} < ${stamp} or replay position short of the reader's write): this read goes to the primary`,
        );
      }
      return false;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** A connection-level failure (refused, reset, server shutting down), as opposed to an error in the SQL. */
function connectionProblem(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return /^(08|57P|P1)/.test(code); // SQLSTATE classes 08, 57P; Prisma P1xxx
  return true;
}

/** A read on the replica failed: it is retried on the primary; a connection failure benches the replica. */
export function replicaFailed(e: unknown): void {
  if (!connectionProblem(e)) return;
  st.downUntil = Date.now() + RETRY_DOWN_MS;
  st.replayed = null;
  if (!st.down) {
    st.down = true;
    console.warn(
      `[miaopu] replica unreachable (${e instanceof Error ? e.message : String(e)}): dashboards, reports and exports read the primary; trying it again every ${RETRY_DOWN_MS / 1000} s`,
    );
  }
}

/** Closes the replica's pool (tests and scripts). */
export async function closeReplicaPool(): Promise<void> {
  await st.pool?.end();
  Object.assign(st, { pool: null, url: null, replayed: null, down: false, downUntil: 0 });
}
