// Two app processes against one PostgreSQL primary and a streaming replica made with
// pg_basebackup (tests/support/pg-cluster.ts), as docs/deployment.md runs Miaopu on more than
// one server: a save through process A reaches process B's dashboard within 1 s (NOTIFY → B's
// in-memory data stamp → B recomputes from the replica), and with the replica killed B's
// dashboard and exports read the primary, with no error.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/database/admin";
import { startPgCluster, startReplica, type PgCluster } from "../../support/pg-cluster";
import { applySchemaAsSql } from "../../support/schema-as-sql";
import { startAppProcess, type AppProcess } from "./app-processes";

interface Dashboard {
  active: number;
  stamp: string;
  reads: { primary: number; replica: number; fallback: number };
}

let primary: PgCluster;
let replica: PgCluster;
let a: AppProcess;
let b: AppProcess;

/** B's dashboard, asked again every 25 ms until `done` holds; with the milliseconds it took. */
async function until(done: (d: Dashboard) => boolean): Promise<{ d: Dashboard; ms: number }> {
  const t0 = performance.now();
  for (;;) {
    const d = await b.call<Dashboard>("dashboard");
    if (done(d) || performance.now() - t0 > 5_000) return { d, ms: performance.now() - t0 };
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  // the processes load the app's modules while the servers are made
  const processes = Promise.all([startAppProcess(), startAppProcess()]);
  primary = await startPgCluster({ fsync: false });
  const url = await createDatabase(primary.url(), "miaopu");
  await applySchemaAsSql(url);
  replica = await startReplica(primary, { fsync: false });
  const env = { DATABASE_URL: url, DATABASE_REPLICA_URL: replica.url("miaopu"), MIAOPU_REPLICA_WAIT_MS: "500" };
  [a, b] = await processes;
  await Promise.all([a.call("init", env), b.call("init", env)]);
  for (const p of [a, b]) while (!(await p.call<boolean>("listening"))) await new Promise((r) => setTimeout(r, 25));
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  replica?.destroy();
  primary?.destroy();
});

describe("two app processes, one primary, one streaming replica", () => {
  it("shows a save made through process A on process B's dashboard within 1 s, computed from the replica, with no stamp read on the primary", async () => {
    const before = await b.call<Dashboard>("dashboard");
    expect(before.reads.replica).toBeGreaterThan(0);
    await a.call("save", 1);
    const { d, ms } = await until((x) => x.active === before.active + 1);
    expect(d.active).toBe(before.active + 1);
    expect(ms).toBeLessThan(1_000);
    expect(Number(d.stamp)).toBeGreaterThan(Number(before.stamp));
    // the stamp came by NOTIFY and the facts from the replica: B sent nothing to the primary
    expect(d.reads.primary).toBe(before.reads.primary);
    expect(d.reads.replica).toBeGreaterThan(before.reads.replica);
    expect(await b.call<number>("exportCount")).toBe(before.active + 1);
  });

  it("keeps B's dashboard current while its listener reconnects (connection killed): the stamp is read from the primary meanwhile", async () => {
    const before = await b.call<Dashboard>("dashboard");
    const owner = new pg.Client({ connectionString: primary.url("miaopu") });
    await owner.connect();
    await owner.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'miaopu-data-change'`,
    );
    await owner.end();
    await a.call("save", 2);
    const { d, ms } = await until((x) => x.active === before.active + 1);
    expect(d.active).toBe(before.active + 1);
    expect(ms).toBeLessThan(1_000);
    expect(b.log()).toMatch(/data-change listener lost its connection/);
    const t0 = performance.now();
    while (!(await b.call<boolean>("listening")) && performance.now() - t0 < 5_000)
      await new Promise((r) => setTimeout(r, 25));
    expect(b.log()).toMatch(/data-change listener reconnected/);
  });

  it("sends the dashboard's and the export's reads to the primary once the replica is killed: no error, the next save still shows within 1 s", async () => {
    const before = await b.call<Dashboard>("dashboard");
    replica.stop("immediate");
    await a.call("save", 3);
    const { d, ms } = await until((x) => x.active === before.active + 1);
    expect(d.active).toBe(before.active + 1);
    expect(ms).toBeLessThan(1_000);
    expect(d.reads.primary).toBeGreaterThan(before.reads.primary);
    expect(await b.call<number>("exportCount")).toBe(before.active + 1);
    expect(b.log()).toMatch(/replica unreachable/);
  });
});
