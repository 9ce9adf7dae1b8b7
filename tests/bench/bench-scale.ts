// npm run bench:scale [-- --cadres 500000] [--reseed] [--skip rules,dashboard] — the province-scale benchmarks of issue 21
// in one run, each printing its own table, then one summary: every figure with its target and,
// for queries, the raw-SQL floor, and the load average when it was taken.
//   1. the seed: `db:seed --cadres N` into the kept database (tests/bench/scale-db.ts); with
//      --reseed it is built again and timed now, else the time recorded when it was built;
//   2. bench:roster (page vs the same statement sent directly);
//   3. bench:import (10,000 rows, dry run + confirm, on a copy of the database);
//   4. bench:rules and bench:dashboard with the same --cadres.
// Heavy: run it alone, under the shared lock (`flock /tmp/miaopu-heavy.lock npm run bench:scale`);
// the benchmarks it starts do not take the lock again.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { cadresArg, scaleDatabase } from "./scale-db";

const SEED_TARGET_S = 600;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

interface Figure {
  figure: string;
  value: string;
  target: string;
  floor: string;
  ok: boolean;
  load: string;
}

/** Runs one npm script, streaming its output; returns its output and exit status. */
function run(script: string, args: string[]): { out: string; status: number | null; seconds: number } {
  console.log(`\n━━ npm run ${script} -- ${args.join(" ")}   (load average ${load()})`);
  const started = performance.now();
  const r = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(r.stdout ?? "");
  return { out: r.stdout ?? "", status: r.status, seconds: (performance.now() - started) / 1000 };
}

/** The `::scale::` lines a benchmark prints for this summary (JSON, one figure each). */
function figures(out: string): Figure[] {
  return out
    .split("\n")
    .filter((l) => l.startsWith("::scale:: "))
    .map((l) => JSON.parse(l.slice("::scale:: ".length)) as Figure);
}

async function main() {
  const argv = process.argv.slice(2);
  const cadres = cadresArg(argv, 500_000);
  const all: Figure[] = [];
  const seedLoad = load();
  const db = await scaleDatabase(cadres, { rebuild: argv.includes("--reseed") });
  const seeded = db.seedSeconds ?? (await recordedSeedSeconds(db.url));
  await db.release();
  all.push({
    figure: `db:seed --cadres ${cadres}${db.seedSeconds === null ? " (as recorded when built)" : ""}`,
    value: seeded === null ? "?" : `${seeded.toFixed(0)} s`,
    target: `≤ ${SEED_TARGET_S} s`,
    floor: "",
    ok: seeded !== null && seeded <= SEED_TARGET_S,
    load: db.seedSeconds === null ? "(see docs/benchmarks.md)" : seedLoad,
  });
  const flag = ["--cadres", String(cadres)];
  // --skip rules,dashboard: leave some out (a shorter run on a busy machine)
  const skipAt = argv.indexOf("--skip");
  const skip = new Set(skipAt >= 0 ? (argv[skipAt + 1] ?? "").split(",") : []);
  for (const script of ["bench:roster", "bench:import", "bench:rules", "bench:dashboard"]) {
    if (skip.has(script.replace("bench:", ""))) continue;
    const r = run(script, flag);
    const own = figures(r.out);
    all.push(...own);
    if (own.length === 0)
      all.push({
        figure: `${script} (its own table above)`,
        value: `exit ${r.status}, ${r.seconds.toFixed(0)} s`,
        target: "its targets",
        floor: "",
        ok: r.status === 0,
        load: load(),
      });
  }
  console.log(`\n━━ summary at ${cadres.toLocaleString("en")} cadres`);
  const w = Math.max(...all.map((f) => f.figure.length));
  for (const f of all)
    console.log(
      `${f.ok ? "✓" : "✗"} ${f.figure.padEnd(w)}  ${f.value.padStart(16)}  target ${f.target.padEnd(22)} ${f.floor ? `floor ${f.floor}` : ""}  load ${f.load}`,
    );
  process.exitCode = all.every((f) => f.ok) ? 0 : 1;
}

/** The seed time written into the database's comment when it was built. */
async function recordedSeedSeconds(url: string): Promise<number | null> {
  const pg = (await import("pg")).default;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ note: string | null }>(
      "select shobj_description(oid, 'pg_database') as note from pg_database where datname = current_database()",
    );
    const m = /seeded in ([\d.]+) s/.exec(r.rows[0]?.note ?? "");
    return m ? Number(m[1]) : null;
  } finally {
    await c.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
