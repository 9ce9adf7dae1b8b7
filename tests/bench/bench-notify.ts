// npm run bench:notify [-- --runs 200] — how fast a committed change reaches the other app
// processes and the streaming replica, on a private Debian PostgreSQL primary and a replica made
// with pg_basebackup (tests/support/pg-cluster.ts), with the app's schema and triggers. Each run
// commits a no-op update of one unit (the data stamp's trigger bumps "DataChange".counter and
// sends NOTIFY miaopu_data_change) and times, from the COMMIT being sent:
//   · the commit itself (the floor: the writer's own round trip);
//   · the notification carrying the new counter on another connection that LISTENs, as each app
//     process does (lib/server/data-change/listener.ts);
//   · the new counter visible on the replica (polled every 1 ms), what a dashboard read there needs.
// Prints median and p95 of each; exits 1 when the NOTIFY's p95 is 1 s or more (the target: a save
// reaches every process's dashboard within 1 s).
import os from "node:os";
import pg from "pg";
import { createDatabase } from "../../lib/database/admin";
import { percentile } from "../load/driver/stats";
import { startPgCluster, startReplica } from "../support/pg-cluster";
import { applySchemaAsSql } from "../support/schema-as-sql";

const i = process.argv.indexOf("--runs");
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 200;

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

async function main() {
  const primary = await startPgCluster();
  try {
    const url = await createDatabase(primary.url(), "miaopu");
    await applySchemaAsSql(url);
    const owner = await client(url);
    await owner.query(
      `insert into "Unit" (id, code, name, type, "updatedAt") values ('u1', 'U1', '测试街道', 'STREET', now())`,
    );
    await owner.end();
    const replica = await startReplica(primary);
    try {
      const [writer, listener, reader] = await Promise.all([client(url), client(url), client(replica.url("miaopu"))]);
      const heard = new Map<string, number>();
      listener.on("notification", (m) => heard.set(m.payload ?? "", performance.now()));
      await listener.query("LISTEN miaopu_data_change");
      const commit: number[] = [];
      const notify: number[] = [];
      const replayed: number[] = [];
      const load0 = os.loadavg()[0];
      for (let run = 0; run < RUNS; run++) {
        await writer.query("begin");
        await writer.query(`update "Unit" set "updatedAt" = "updatedAt" where id = 'u1'`);
        const t0 = performance.now();
        await writer.query("commit");
        commit.push(performance.now() - t0);
        const [{ c }] = (await writer.query<{ c: string }>(`select counter::text as c from "DataChange"`)).rows;
        for (;;) {
          const [{ r }] = (await reader.query<{ r: string }>(`select counter::text as r from "DataChange"`)).rows;
          if (BigInt(r) >= BigInt(c)) break;
          await new Promise((res) => setTimeout(res, 1));
        }
        replayed.push(performance.now() - t0);
        while (!heard.has(c)) await new Promise((res) => setTimeout(res, 1));
        notify.push(heard.get(c)! - t0);
        await new Promise((res) => setTimeout(res, 10));
      }
      await Promise.all([writer.end(), listener.end(), reader.end()]);
      const line = (name: string, xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        return `${name.padEnd(44)} median ${percentile(s, 50).toFixed(2)} ms, p95 ${percentile(s, 95).toFixed(2)} ms, max ${s.at(-1)!.toFixed(2)} ms`;
      };
      console.log(`${RUNS} committed changes, PostgreSQL ${primary.major}, primary + streaming replica on loopback`);
      console.log(line("COMMIT round trip (floor)", commit));
      console.log(line("commit → NOTIFY at a listening process", notify));
      console.log(line("commit → counter visible on the replica", replayed));
      console.log(`load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} (${os.cpus().length} cores)`);
      const p95 = percentile(
        [...notify].sort((a, b) => a - b),
        95,
      );
      console.log(`${p95 < 1000 ? "✓" : "✗"} NOTIFY p95 ${p95.toFixed(2)} ms (target < 1000 ms)`);
      process.exitCode = p95 < 1000 ? 0 : 1;
    } finally {
      replica.destroy();
    }
  } finally {
    primary.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
