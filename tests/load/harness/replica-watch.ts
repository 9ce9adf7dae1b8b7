// What the load report says about the replica (npm run load -- --replica): its lag behind the
// primary, sampled every 500 ms from pg_stat_replication (replay_lag; bytes of WAL not yet
// replayed); how long a committed change takes to reach a listening process by NOTIFY, probed
// every 2 s (a no-op update of one unit, timed from its COMMIT to the notification carrying its
// counter on another connection, as an app process listens); and how many transactions the
// replica and the primary served during the run (pg_stat_database).
import pg from "pg";
import { percentile } from "../driver/stats";

export interface ReplicaFigures {
  lagMs: number[];
  lagBytes: number[];
  notifyMs: number[];
  replicaXacts: number;
  primaryXacts: number;
}

const xacts = async (c: pg.Client) =>
  Number(
    (
      await c.query<{ n: string }>(
        `select xact_commit + xact_rollback as n from pg_stat_database where datname = 'miaopu'`,
      )
    ).rows[0].n,
  );

export async function watchReplica(ownerUrl: string, replicaOwnerUrl: string): Promise<() => Promise<ReplicaFigures>> {
  const connect = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };
  const [sampler, prober, listener, replica] = await Promise.all(
    [ownerUrl, ownerUrl, ownerUrl, replicaOwnerUrl].map(connect),
  );
  const figures: ReplicaFigures = { lagMs: [], lagBytes: [], notifyMs: [], replicaXacts: 0, primaryXacts: 0 };
  const [replica0, primary0] = [await xacts(replica), await xacts(sampler)];
  const heard = new Map<string, number>();
  await listener.query("LISTEN miaopu_data_change");
  listener.on("notification", (m) => heard.set(m.payload ?? "", performance.now()));
  const [{ id: unitId }] = (await prober.query<{ id: string }>(`select id from "Unit" order by id limit 1`)).rows;

  const sample = setInterval(() => {
    void sampler
      .query<{ ms: string | null; bytes: string | null }>(
        `select extract(epoch from replay_lag) * 1000 as ms, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) as bytes
           from pg_stat_replication limit 1`,
      )
      .then((r) => {
        const row = r.rows[0];
        if (!row) return;
        figures.lagMs.push(Number(row.ms ?? 0));
        figures.lagBytes.push(Number(row.bytes ?? 0));
      });
  }, 500);
  const probe = setInterval(() => {
    void (async () => {
      await prober.query("begin");
      await prober.query(`update "Unit" set "updatedAt" = "updatedAt" where id = $1`, [unitId]);
      const t0 = performance.now();
      await prober.query("commit");
      const counter = (await prober.query<{ c: string }>(`select counter::text as c from "DataChange"`)).rows[0].c;
      const deadline = performance.now() + 5_000;
      while (!heard.has(counter) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      if (heard.has(counter)) figures.notifyMs.push(heard.get(counter)! - t0);
    })();
  }, 2_000);

  return async () => {
    clearInterval(sample);
    clearInterval(probe);
    await new Promise((r) => setTimeout(r, 600));
    figures.replicaXacts = (await xacts(replica)) - replica0;
    figures.primaryXacts = (await xacts(sampler)) - primary0;
    await Promise.all([sampler, prober, listener, replica].map((c) => c.end()));
    return figures;
  };
}

export function formatReplicaReport(f: ReplicaFigures): string {
  const stat = (xs: number[], unit: string, digits = 0) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${percentile(s, 50).toFixed(digits)} ${unit}, p95 ${percentile(s, 95).toFixed(digits)} ${unit}, max ${(s.at(-1) ?? 0).toFixed(digits)} ${unit} (${s.length} samples)`;
  };
  return [
    `replica lag (replay_lag): ${stat(f.lagMs, "ms", 1)}`,
    `replica lag (WAL not yet replayed): ${stat(f.lagBytes, "bytes")}`,
    `NOTIFY, commit → a listening process: ${stat(f.notifyMs, "ms", 1)}`,
    `transactions during the run: replica ${f.replicaXacts}, primary ${f.primaryXacts}`,
  ].join("\n");
}
