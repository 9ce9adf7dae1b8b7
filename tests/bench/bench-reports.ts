// npm run bench:reports [-- --cadres N] [--skip-http] — the five 统计报表 on a copy of the kept
// scale database (tests/bench/scale-db.ts; 100,000 cadres by default; a copy because an export
// writes its audit row). Prints median and p95 of:
//   · in this process, each report's model (getReport) and its workbook (getReport +
//     reportWorkbook, audit row included), for today's reference date and a year earlier in turn,
//     from the district's facts kept per data stamp (as the server keeps them); the first report
//     with the facts read whole (a cold process); the raw-SQL floor of the reports' own
//     statement (PEOPLE_SQL, sent directly with the same ids);
//   · over HTTP from the production build, as the demo orgstaff: each report's page and its
//     Excel download (not with --skip-http).
// Targets (issue 23): ≤ 2 s to screen, ≤ 5 s to Excel, median and p95; exits 1 if one is missed.
// Run it alone under the heavy lock: flock /tmp/miaopu-heavy.lock npm run bench:reports
import pg from "pg";
import { REPORT_KEYS, type ReportKey } from "@/lib/reports/model";
import { benchActor } from "./bench-actor";
import { load, stats } from "./bench-stats";
import { cadresArg, scaleDatabase } from "./scale-db";
import { serveBuild, signInWithPassword } from "./serve-build";

const argv = process.argv.slice(2);
const CADRES = cadresArg(argv, 100_000);
const RUNS = 7;
const WARMUP = 2;
const SCREEN_MS = 2000;
const EXCEL_MS = 5000;
const AS_OF = new Date(Date.UTC(2026, 10, 22)); // the seed's reference day
const YEAR_EARLIER = new Date(Date.UTC(2025, 10, 22));
const STAFF = benchActor("ORG_STAFF");

/** WARMUP + RUNS timings of `run`, alternating today and a year earlier; the warm-up ones dropped. */
async function sample(run: (day: Date) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    await run(i % 2 ? YEAR_EARLIER : AS_OF);
    if (i >= WARMUP) out.push(performance.now() - t);
  }
  return out;
}

let failed = false;
function line(what: string, key: ReportKey | "", samples: number[], target: number | null, extra = "") {
  const st = stats(samples);
  const ok = target == null || (st.median <= target && st.p95 <= target);
  if (!ok) failed = true;
  console.log(
    `${what.padEnd(16)} ${key.padEnd(13)} median ${st.median.toFixed(0).padStart(6)} ms   p95 ${st.p95.toFixed(0).padStart(6)} ms` +
      `${target == null ? "" : `   target ≤ ${target} ms ${ok ? "ok" : "MISSED"}`}${extra}   (load ${load()})`,
  );
}

async function main() {
  console.log(`load average at the start: ${load()}`);
  const db = await scaleDatabase(CADRES, { copy: true });
  process.env.DATABASE_URL = db.url;
  const { prisma } = await import("../../lib/server/db");
  const { getReport } = await import("../../lib/server/reports/get-report");
  const { reportWorkbook } = await import("../../lib/server/reports/report-workbook");
  const { reportInput, PEOPLE_SQL } = await import("../../lib/server/reports/report-input");
  const { closeReadPool } = await import("../../lib/server/db-read");
  const { clearDistrictFacts } = await import("../../lib/server/dashboard/district-facts");
  const [cadres, units, entries] = await Promise.all([
    prisma.cadre.count(),
    prisma.unit.count(),
    prisma.poolEntry.count(),
  ]);
  console.log(`district: ${cadres} cadres, ${units} units, ${entries} pool entries`);

  clearDistrictFacts();
  const t0 = performance.now();
  await getReport(STAFF, "young-cadres", AS_OF, null);
  console.log(
    `first report, facts read whole (cold process): ${(performance.now() - t0).toFixed(0)} ms   (load ${load()})`,
  );

  for (const key of REPORT_KEYS) {
    let rows = 0;
    line(
      "model",
      key,
      await sample(async (day) => {
        const m = await getReport(STAFF, key, day, null);
        rows = m.tables.reduce((n, t) => n + t.rows.length, 0);
      }),
      null,
      `   ${rows} rows`,
    );
    line(
      "model + xlsx",
      key,
      await sample(async (day) => reportWorkbook(STAFF, await getReport(STAFF, key, day, null))),
      null,
    );
  }

  // the raw-SQL floor of the reports' own statement, with the ids a report reads
  const ids = [...(await reportInput(STAFF, AS_OF, null)).people.keys()];
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const floor: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    await client.query({ text: PEOPLE_SQL, values: [ids], rowMode: "array" });
    if (i >= WARMUP) floor.push(performance.now() - t);
  }
  await client.end();
  line("people SQL", "", floor, null, `   raw floor, ${ids.length} ids`);

  if (!argv.includes("--skip-http")) {
    // as the load test does (tests/load/harness/app-under-test.ts): orgstaff signs in with the
    // password on this throwaway copy only — the benchmark times reports, not authenticator codes
    await signInWithPassword(prisma, ["ORG_STAFF"]);
    const app = await serveBuild(prisma, db.url);
    try {
      const staff = await app.signIn("orgstaff");
      await new Promise((r) => setTimeout(r, 5_000)); // the server reads the facts at its start
      for (const key of REPORT_KEYS) {
        const get = (path: string) => async (day: Date) => {
          const r = await staff.page(`${path}?asOf=${day.toISOString().slice(0, 10)}`, 60_000);
          if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
        };
        line("HTTP page", key, await sample(get(`/reports/${key}`)), SCREEN_MS);
        line("HTTP Excel", key, await sample(get(`/reports/${key}/export`)), EXCEL_MS);
      }
    } finally {
      app.stop();
    }
  }
  await prisma.$disconnect();
  await closeReadPool();
  await db.release();
  console.log(`load average at the end: ${load()}`);
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
