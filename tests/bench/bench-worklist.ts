// npm run bench:worklist [-- --cadres 100000] — the home page's work list (提醒/待办) against
// the kept scale database (tests/bench/scale-db.ts; 100,000 cadres by default), computed
// afresh (what the first reader after a data change waits for) for organization staff (the
// district) and a unit user (a street), median and p95, beside its raw-SQL floor: the plain-SQL
// statements one computation sent (captured), replayed directly on a pool of 6 connections, in
// parallel as the app sends them; then the same with the date windows (退休, 试用期, 任现职) kept, what the
// first reader after a change outside them (a review, a nomination step, a training) waits for; then
// the kept read every other page's menu badges cost.
//
// Target (issue 23): ≤ 300 ms at 100,000 cadres. Exits 1 if the fresh computation's p95 misses
// it. BENCH_RUNS (default 20) runs per scenario.
import pg from "pg";
import { BENCH_ACTOR_FIELDS } from "./bench-actor";
import { load, stats } from "./bench-stats";
import { cadresArg, scaleDatabase } from "./scale-db";

const TARGET_MS = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const fmt = (s: { median: number; p95: number }) =>
  `${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}`;

async function main() {
  const cadres = cadresArg(process.argv.slice(2), 100_000);
  const db = await scaleDatabase(cadres);
  process.env.DATABASE_URL = db.url;
  const { prisma } = await import("../../lib/server/db");
  const { computeWorkList, getWorkList } = await import("../../lib/server/home/worklist");
  const { currentStamp } = await import("../../lib/server/data-change/stamp");
  const { closeReadPool } = await import("../../lib/server/db-read");
  const { todayInChina } = await import("../../lib/format/dates");
  const direct = new pg.Pool({ connectionString: db.url, max: 6 });
  let missed = 0;
  try {
    const today = todayInChina();
    const street = await prisma.unit.findFirstOrThrow({ where: { type: "STREET" }, orderBy: { sortOrder: "asc" } });
    const base = { userId: "bench", username: "bench", displayName: "bench", ...BENCH_ACTOR_FIELDS };
    const scenarios = [
      ["organization staff (district)", { ...base, role: "ORG_STAFF" as const, unitId: null }],
      ["unit user (a street)", { ...base, role: "UNIT" as const, unitId: street.id }],
    ] as const;
    console.log(
      `\nwork list over ${(await prisma.cadre.count()).toLocaleString("en")} cadres as of ${today.toISOString().slice(0, 10)} — ${RUNS} runs each (ms); load average ${load()}`,
    );
    console.log(
      `${"scenario".padEnd(32)} ${"app med".padStart(8)} ${"app p95".padStart(8)} ${"SQL med".padStart(8)} ${"SQL p95".padStart(8)}  items  (target p95 ≤ ${TARGET_MS} ms)`,
    );
    /** One computation's plain-SQL statements captured, then RUNS timings of it and of their replay. */
    const measure = async (compute: () => Promise<unknown>) => {
      await compute(); // warm-up: plans, connections, the profile (and the kept windows)
      const sent: { text: string; values: unknown[] }[] = [];
      const original = pg.Pool.prototype.query;
      pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
        const q = args[0] as { text: string; values: unknown[] };
        if (this !== direct && typeof q === "object") sent.push({ text: q.text, values: q.values });
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
      await compute();
      pg.Pool.prototype.query = original;
      const app: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        await compute();
        app.push(performance.now() - t);
        t = performance.now();
        await Promise.all(sent.map((s) => direct.query({ text: s.text, values: s.values, rowMode: "array" })));
        raw.push(performance.now() - t);
      }
      return { sent, app: stats(app), raw: stats(raw) };
    };
    for (const [name, actor] of scenarios) {
      const list = await computeWorkList(actor, today);
      const { sent, app: a, raw } = await measure(() => computeWorkList(actor, today));
      const ok = a.p95 <= TARGET_MS;
      if (!ok) missed++;
      console.log(
        `${name.padEnd(32)} ${fmt(a)} ${fmt(raw)}  ${String(list?.total ?? 0).padStart(5)}${ok ? "  ✓" : "  ✗ over target"}  (${sent.length} SQL statements; the nominations' reminders and the profile go through Prisma)`,
      );
      // the first reader after a change outside the date windows (a review, a nomination step, a
      // training): 退休, 试用期 and 任现职 come from those kept (the change log's read not included)
      const stamp = await currentStamp();
      const kept = await measure(() => computeWorkList(actor, today, stamp));
      console.log(
        `${"  date windows kept".padEnd(32)} ${fmt(kept.app)} ${fmt(kept.raw)}         (${kept.sent.length} SQL statements)`,
      );
      if (process.env.BENCH_STATEMENTS) {
        for (const st of sent) {
          const t = performance.now();
          await direct.query({ text: st.text, values: st.values, rowMode: "array" });
          const ms = performance.now() - t;
          console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${st.text.replace(/\s+/g, " ").slice(0, 110)}`);
          if (ms > 40 && process.env.BENCH_STATEMENTS === "explain") {
            const plan = await direct.query({ text: `explain analyze ${st.text}`, values: st.values });
            console.log(plan.rows.map((r: Record<string, string>) => `        ${r["QUERY PLAN"]}`).join("\n"));
          }
        }
      }
      for (const g of list?.groups ?? [])
        console.log(`    ${g.kind.padEnd(24)} ${String(g.count).padStart(6)}  ${g.label}`);
      const read: number[] = [];
      await getWorkList(actor);
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await getWorkList(actor);
        read.push(performance.now() - t);
      }
      console.log(`${"  kept read (menu badges)".padEnd(32)} ${fmt(stats(read))}`);
    }
    console.log(`load average after: ${load()}`);
  } finally {
    await direct.end();
    await prisma.$disconnect();
    await closeReadPool();
    await db.release();
  }
  process.exit(missed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
