// `npm run load [-- --duration 300 --users 50 --rate 10 --cadres 3000 --p95 500 --processes 2 --replica]`: a realistic
// (`--scenario voting`: 300 voters of an online 民主推荐 instead, tests/load/scenario/voting.ts)
// mix of signed-in users against the production build on loopback, at a fixed arrival rate
// for a bounded time, printing throughput, p50/p95/p99 latency and errors per endpoint. Exits
// 1 when there were errors or the overall p95 missed the target. Runs on its own private
// PostgreSQL and database (tests/load/harness/app-under-test.ts); nothing else is touched.
// With --processes N (N > 1) it runs N app processes behind the shipped nginx config, the way
// docs/deployment.md scales one machine (one process per core). With --replica the dashboards,
// reports and exports read from a streaming replica (DATABASE_REPLICA_URL), and the report adds
// the replica's lag and the NOTIFY latency (harness/replica-watch.ts).
import os from "node:os";
import { actionId, actionIds } from "./client/server-actions";
import { formatReport, Recorder } from "./driver/stats";
import { runArrivals } from "./driver/arrivals";
import { startNginx } from "../support/nginx-proxy";
import { startAppUnderTest } from "./harness/app-under-test";
import { formatReplicaReport, watchReplica } from "./harness/replica-watch";
import { loadFixtures } from "./scenario/fixtures";
import { nextRequest } from "./scenario/mix";
import { buildVirtualUsers, signInAll } from "./virtual-users";

function numberOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const raw = i >= 0 ? args[i + 1] : process.env[`LOAD_${name.toUpperCase()}`];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} expects a positive number, got ${raw}`);
  return n;
}

async function main() {
  const args = process.argv.slice(2);
  const scenario = args.includes("--scenario") ? args[args.indexOf("--scenario") + 1] : null;
  if (scenario === "voting") {
    const { runVotingScenario } = await import("./scenario/voting");
    process.exitCode = (await runVotingScenario((name, fallback) => numberOption(args, name, fallback))) ? 0 : 1;
    return;
  }
  const users = numberOption(args, "users", 50);
  const durationS = numberOption(args, "duration", 30);
  const rate = numberOption(args, "rate", users / 5);
  const cadres = numberOption(args, "cadres", 3000);
  const targetP95 = numberOption(args, "p95", 500);
  const port = args.includes("--port") ? numberOption(args, "port", 0) : undefined;
  const processes = numberOption(args, "processes", 1);
  const replica = args.includes("--replica");

  const app = await startAppUnderTest({ cadres, port, processes, replica });
  let proxy: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    await app.startServer();
    if (processes > 1) proxy = await startNginx(app.ports);
    const fixtures = await loadFixtures(app.ownerUrl);
    const ids = actionIds();
    const actions = {
      saveCadre: actionId(ids, "app/(app)/cadres/actions.ts#saveCadreAction"),
      saveAssessment: actionId(ids, "app/(app)/cadres/actions.ts#saveAssessmentAction"),
      advanceNomination: actionId(ids, "app/(app)/nominations/[id]/actions.ts#advanceNominationAction"),
    };
    const vus = buildVirtualUsers(users, fixtures, app.baseUrl);
    const signIns = new Recorder();
    const problems = await signInAll(vus, signIns);
    if (problems.length)
      throw new Error(`sign-in failed for ${problems.length} users:\n  ${problems.slice(0, 5).join("\n  ")}`);
    // Signed in at one process (nginx limits sign-ins per address; here all come from
    // loopback); sessions live in the database, so every process serves them.
    if (proxy) for (const vu of vus) vu.http.baseUrl = proxy.baseUrl;
    // Warm-up, not measured: a production server that has served each page once.
    const warm = new Recorder();
    for (const vu of vus.slice(0, 12))
      for (let k = 0; k < 3; k++) warm.add({ ...(await nextRequest(vu, fixtures, actions)), ms: 0 });

    console.log(
      `▶ ${users} users (${vus.filter((v) => v.role === "ORG_STAFF").length} 组织部, ${vus.filter((v) => v.role === "UNIT").length} 单位, ${vus.filter((v) => v.role === "LEADER").length} 领导), ${rate} req/s for ${durationS} s against ${proxy ? `nginx → ${processes} app processes` : app.baseUrl}${app.replica ? " + a streaming replica" : ""} (${cadres} cadres, ${fixtures.advanceable.length} nominations to advance)`,
    );
    const stopWatch = app.replica ? await watchReplica(app.ownerUrl, app.replica.url("miaopu")) : null;
    const load0 = os.loadavg()[0];
    const recorder = new Recorder();
    const t0 = performance.now();
    await runArrivals({
      users: vus,
      ratePerSecond: rate,
      durationMs: durationS * 1000,
      recorder,
      request: (vu) => nextRequest(vu, fixtures, actions),
    });
    const seconds = (performance.now() - t0) / 1000;
    const replicaFigures = await stopWatch?.();

    const figures = recorder.figures(seconds);
    const signIn = signIns.figures(seconds).all;
    console.log(`\n${formatReport(figures)}`);
    if (replicaFigures) {
      // what the app processes said about the replica and the listener (falls back to the primary)
      const said = app
        .serverOutput()
        .split("\n")
        .filter((l) => /\[miaopu\] (replica|data-change)/.test(l));
      console.log(`\n${formatReplicaReport(replicaFigures)}\napp log lines about the replica: ${said.length}`);
      for (const l of said.slice(0, 5)) console.log(`  ${l}`);
    }
    console.log(
      `\nsign-in (before the run): ${signIn.count} users, p50 ${signIn.p50.toFixed(0)} ms, p95 ${signIn.p95.toFixed(0)} ms`,
    );
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} (shared machine: other work affects these figures); PostgreSQL ${app.cluster.major}; Node ${process.version}`,
    );
    const { all } = figures;
    const passed = all.errors === 0 && all.p95 < targetP95;
    console.log(
      `${passed ? "✓" : "✗"} ${all.count} requests in ${seconds.toFixed(0)} s (${all.perSecond.toFixed(1)}/s), p95 ${all.p95.toFixed(0)} ms (target < ${targetP95}), ${all.errors} errors (target 0)`,
    );
    process.exitCode = passed ? 0 : 1;
  } finally {
    await proxy?.stop();
    await app.dispose();
  }
}

main().catch((e) => {
  console.error(`\n✗ load test failed to run: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
