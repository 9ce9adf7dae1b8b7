// npm run bench:dashboard [-- --cadres 500000] [--skip-http] [--after-change] — the dashboard on the kept scale
// database (tests/bench/scale-db.ts: the demo district repeated, 100,000 cadres by default,
// 500,000 in 10,030 units), on a throwaway copy since it writes. Prints median and p95 of:
//   · computeDashboard in this process, for today's reference date and one a year earlier, from
//     the database (the district's facts read whole: the cold process, and what every change
//     cost before the change log) and served as the page serves it (data stamp + kept model);
//   · another day nobody has read, computed from the kept facts;
//   · the first reader right after a change, with no refresh ahead: 6 kinds of change (a new
//     cadre entering the pool, an appointment, a pool exit, a review, an education record, a
//     birth date changed in raw SQL; 40 in turn), each followed at once by a reader of today, who waits for
//     the facts brought up to date from the change log and for their day; the facts' update alone
//     and the raw-SQL floor of its statements (the same texts and values sent directly);
//   · after each of those changes with the refresh ahead (dashboard-refresh.ts): the next reader;
//   · the page over HTTP from the production build (bench-dashboard-http.ts; not with --skip-http).
// --after-change: only the readers after a change (and not over HTTP): a short run while working on them.
// Exits with code 1 if a reader-facing figure (served, another day, first reader after a change,
// next reader, both HTTP figures) has a median or p95 of 300 ms or more.
import { timeOverHttp } from "./bench-dashboard-http";
import { benchActor } from "./bench-actor";
import { load, stats } from "./bench-stats";
import { cadresArg, scaleDatabase } from "./scale-db";
import { benchChanges, recordStatements, replay } from "./bench-dashboard-changes";

const CADRES = cadresArg(process.argv.slice(2), 100_000);
const RUNS = 15;
/**
 * The first reader after a change: 40 samples (the six kinds in turn), so that p95 is the third
 * slowest — of 15 (bench-stats.ts) it is the single slowest, one collection's pause.
 */
const CHANGE_RUNS = 40;
/** Pages of days nobody read, over HTTP: 25, so that p95 is the second slowest. */
const HTTP_DAY_RUNS = 25;
const WARMUP = 3;
/** Reading the whole facts takes seconds at 500,000: fewer runs of it. */
const WHOLE_RUNS = CADRES > 100_000 ? 5 : RUNS;
const TARGET_MS = 300;
const AS_OF = new Date(Date.UTC(2026, 10, 22)); // the seed's reference day
const YEAR_EARLIER = new Date(Date.UTC(2025, 10, 22));
const LEADER = benchActor("LEADER");

/**
 * A full collection before each reader-facing section (the script runs with --expose-gc): the
 * sections before leave gigabytes of garbage behind (each whole read of a 500,000-cadre district
 * is ≈ 1 GB), which a server — it reads the facts whole once, at start — never carries. Without
 * it the first reader after a change was charged the scavenges of that garbage (20–80 ms each,
 * several per reader) and a 1 s p95 that says nothing about the readers.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main() {
  console.log(`load average at the start: ${load()}`);
  const db = await scaleDatabase(CADRES, { copy: true });
  const url = db.url;
  process.env.DATABASE_URL = url;
  const { prisma } = await import("../../lib/server/db");
  const { computeDashboard } = await import("../../lib/server/dashboard/get-dashboard");
  const { cachedDashboard, clearDashboardCache } = await import("../../lib/server/dashboard/dashboard-cache");
  const { closeReadPool } = await import("../../lib/server/db-read");
  const { keepFresh, refreshDashboards, stopRefreshing } = await import("../../lib/server/dashboard/dashboard-refresh");
  const { factsStats } = await import("../../lib/server/dashboard/district-facts");
  const [cadres, units, posts, appointments, entries] = await Promise.all([
    prisma.cadre.count(),
    prisma.unit.count(),
    prisma.post.count(),
    prisma.appointment.count(),
    prisma.poolEntry.count(),
  ]);
  console.log(
    `district: ${cadres} cadres, ${units} units, ${posts} posts, ${appointments} appointments, ${entries} pool entries`,
  );

  let failed = false;
  const report = (label: string, kind: string, samples: number[], extra: string, target: boolean) => {
    const st = stats(samples);
    const ok = st.median < TARGET_MS && st.p95 < TARGET_MS;
    if (target && !ok) failed = true;
    console.log(
      `dashboard, ${label.padEnd(28)} ${kind.padEnd(22)} median ${st.median.toFixed(1).padStart(7)} ms   p95 ${st.p95.toFixed(1).padStart(7)} ms` +
        `   ${extra}${target ? `  ${ok ? "✓" : "✗"} target < ${TARGET_MS} ms` : ""}`,
    );
  };
  const afterChangeOnly = process.argv.includes("--after-change");
  for (const [label, asOf] of afterChangeOnly
    ? []
    : ([
        ["today (2026-11-22)", AS_OF],
        ["a year earlier (2025-11-22)", YEAR_EARLIER],
      ] as const)) {
    // Everything from the database: the district's facts read whole (a process's first reader
    // before its facts were prepared at start; every change before the change log).
    const full: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < 1 + WHOLE_RUNS; i++) {
      clearDashboardCache();
      const t = performance.now();
      const m = await computeDashboard(LEADER, asOf);
      if (i < 1) continue;
      full.push(performance.now() - t);
      loads.push(m.timings.loadMs);
    }
    report(
      label,
      "from the database",
      full,
      `(reading the district's facts whole median ${stats(loads).median} ms)`,
      false,
    );
    // As the page serves it (getDashboard): the data stamp read, then the kept model while
    // the data is unchanged. The first request of the series computes a day from the kept facts.
    clearDashboardCache();
    await computeDashboard(LEADER, asOf);
    const iso = asOf.toISOString().slice(0, 10);
    const served: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const r = await cachedDashboard(LEADER, iso, () => computeDashboard(LEADER, asOf));
      served.push(performance.now() - t);
      if (r.hit) hits += 1;
    }
    report(label, "served", served, `(${hits} of ${RUNS} from the cache)`, true);
  }

  // A reference date nobody has read since the last change (a leader picks another day): every
  // request a different day, a week apart, computed from the district's facts kept for the
  // current data stamp; each reads only the promotions of the days its window adds.
  settle();
  const days: number[] = [];
  const rules: number[] = [];
  for (let i = 1; i <= (afterChangeOnly ? 0 : WARMUP + RUNS); i++) {
    const asOf = new Date(AS_OF.getTime() - i * 7 * 86_400_000);
    const t = performance.now();
    const m = await computeDashboard(LEADER, asOf);
    if (i <= WARMUP) continue;
    days.push(performance.now() - t);
    rules.push(m.timings.computeMs);
  }
  if (!afterChangeOnly)
    report(
      "another day (weekly back)",
      "recomputed",
      days,
      `(rules, names and views median ${stats(rules).median} ms)`,
      true,
    );

  // The first reader right after a change, with nothing computed ahead: the facts are brought up
  // to date from the change log (district-facts.ts) and the day computed while the reader waits.
  const changes = await benchChanges(prisma);
  settle();
  const iso = AS_OF.toISOString().slice(0, 10);
  const serve = () => cachedDashboard(LEADER, iso, () => computeDashboard(LEADER, AS_OF));
  clearDashboardCache();
  await serve();
  const before = factsStats();
  const first: number[] = [];
  const factsMs: number[] = [];
  const floor: number[] = [];
  const perKind = new Map<string, number[]>();
  for (let i = 0; i < WARMUP + CHANGE_RUNS; i++) {
    const change = changes[i % changes.length];
    await change.apply(i);
    const t = performance.now();
    const { result, statements } = await recordStatements(serve);
    const ms = performance.now() - t;
    if (result.hit) throw new Error("the reader after a change was answered from the cache: the change moved no stamp");
    if (i < WARMUP) continue;
    first.push(ms);
    factsMs.push(result.model.timings.loadMs);
    floor.push(await replay(url, statements));
    perKind.set(change.kind, [...(perKind.get(change.kind) ?? []), ms]);
  }
  const st = factsStats();
  report(
    "after a change",
    "first reader",
    first,
    `(facts brought up to date median ${stats(factsMs).median} ms; ${st.applied - before.applied} applied from the log, ${st.whole - before.whole} read whole)`,
    true,
  );
  report("after a change", "raw SQL of the reader", floor, "(the same statements sent directly, 6 at once)", false);
  console.log(
    `  by kind (median): ${[...perKind].map(([k, v]) => `${k} ${stats(v).median.toFixed(0)} ms`).join("; ")}`,
  );

  // With the refresh ahead (dashboard-refresh.ts): the day is watched, each change is followed by
  // the app's background refresh (timed: nobody waits for it unless they arrive during it) and
  // the next reader (timed).
  clearDashboardCache();
  keepFresh(LEADER, iso, () => computeDashboard(LEADER, AS_OF));
  await refreshDashboards();
  const refresh: number[] = [];
  const next: number[] = [];
  let hits = 0;
  for (let i = 0; i < RUNS; i++) {
    await changes[i % changes.length].apply(WARMUP + CHANGE_RUNS + i);
    let t = performance.now();
    await refreshDashboards();
    refresh.push(performance.now() - t);
    t = performance.now();
    const r = await serve();
    next.push(performance.now() - t);
    if (r.hit) hits += 1;
  }
  stopRefreshing();
  report("after a change", "background refresh", refresh, "(the refresh no reader waits for)", false);
  report("after a change", "next reader", next, `(${hits} of ${RUNS} from the cache)`, true);

  // The page over HTTP from the production build, as a leader's browser gets it.
  if (!process.argv.includes("--skip-http") && !afterChangeOnly) {
    const http = await timeOverHttp(prisma, url, AS_OF, RUNS, 10, HTTP_DAY_RUNS);
    console.log(
      `dashboard page over HTTP (next start), first page after the server started: ${http.first.toFixed(0)} ms`,
    );
    report("page, today (HTTP)", "served", http.served, "(rendered from the kept model)", true);
    report("page, another day (HTTP)", "recomputed", http.otherDays, "(every 5 days back, after 10 to warm up)", true);
  }
  console.log(`load average at the end: ${load()}`);
  await prisma.$disconnect();
  await closeReadPool();
  await db.release();
  if (failed) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
