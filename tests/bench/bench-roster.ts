// npm run bench:roster [-- --cadres 500000] — the roster's server time against a seeded district
// (tests/bench/scale-db.ts: built once, then reused; default 500,000 cadres in 10,030 units):
// for each scenario, the page as the app reads it (rosterView: its one statement through the
// read pool, rows mapped, 身份证号 masked when shown) beside the same statement sent directly
// on a plain pg connection, interleaved run by run in the same minute, median and p95 of both
// and their ratio. The count (capped at 10,000, streamed after the page) and the filter bar's
// unit list (kept under the data stamp) are timed on their own lines.
//
// Targets (issue 21): page p95 ≤ 100 ms and ≤ 1.5× the direct statement. Exits 1 if any
// scenario misses either. BENCH_RUNS (default 25) runs per scenario; --only <text> runs the
// scenarios whose name contains it (e.g. --only "unit user").
import pg from "pg";
import { BENCH_ACTOR_FIELDS } from "./bench-actor";
import { load, stats } from "./bench-stats";
import { cadresArg, scaleDatabase } from "./scale-db";

const TARGET_MS = 100;
const TARGET_RATIO = 1.5;
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1] : null;

async function main() {
  const cadres = cadresArg(process.argv.slice(2), 500_000);
  const db = await scaleDatabase(cadres);
  process.env.DATABASE_URL = db.url;
  const { prisma } = await import("../../lib/server/db");
  const { rosterView, rosterAsOf } = await import("../../lib/server/cadres/roster");
  const { rosterStatement } = await import("../../lib/server/cadres/roster-page");
  const { rosterCount, rosterCountStatement, ROSTER_COUNT_CAP } = await import("../../lib/server/cadres/roster-count");
  const { rosterUnits } = await import("../../lib/server/cadres/roster-units");
  const { closeReadPool } = await import("../../lib/server/db-read");
  const { parseRosterQuery } = await import("../../lib/validation/roster-query");
  // the masked 身份证号 kept by ciphertext (lib/server/crypto/id-number.ts), forgotten for a first view
  const idNumbers: { forgetMaskedIdNumbers?: () => void } = await import("../../lib/server/crypto/id-number");
  const firstView = () => idNumbers.forgetMaskedIdNumbers?.();
  const direct = new pg.Client({ connectionString: db.url });
  await direct.connect();
  let missed = 0;
  try {
    const total = await prisma.cadre.count();
    const units = await prisma.unit.count();
    const street = await prisma.unit.findFirstOrThrow({ where: { type: "STREET" }, orderBy: { sortOrder: "asc" } });
    const base = { userId: "bench", username: "bench", displayName: "bench", ...BENCH_ACTOR_FIELDS };
    const org = { ...base, role: "ORG_STAFF" as const, unitId: null };
    const unit = { ...base, role: "UNIT" as const, unitId: street.id };
    type Scenario = [string, typeof org | typeof unit, Record<string, string>, (() => void)?];
    const all: Scenario[] = [
      ["first page (sorted by unit)", org, {}],
      ["pinyin initials q=zs", org, { q: "zs" }],
      ["name contains q=明", org, { q: "明" }],
      ["unit type street + rank 副科", org, { unitType: "STREET", rank: "SECTION_DEPUTY" }],
      ["women aged 30–35 on 2026-06-30", org, { gender: "FEMALE", ageMin: "30", ageMax: "35", asOf: "2026-06-30" }],
      ["full-time 硕士+ and 985/211", org, { eduMin: "MASTER_STUDY", elite: "1" }],
      ["in the pool", org, { pool: "IN" }],
      ["in the pool, 副处级", org, { pool: "DIVISION_DEPUTY" }],
      ["non-CPC minorities", org, { political: "DEMOCRATIC_PARTY,NON_PARTY,MASSES", ethnicity: "少数民族" }],
      ["domain 党务, sorted by birth date desc", org, { domain: "党务", sort: "birthDate", dir: "desc" }],
      ["sorted by name, page 500", org, { sort: "name", page: "500" }],
      ["all statuses, sorted by rank", org, { status: "ALL", sort: "rank" }],
      // issue 24 item 4: the columns sortable since, and a selection of ticked rows
      ["sorted by 年龄 desc (oldest first)", org, { sort: "age", dir: "desc" }],
      ["sorted by 性别, then id", org, { sort: "gender" }],
      ["sorted by 民族", org, { sort: "ethnicity" }],
      ["sorted by 现任职务", org, { sort: "currentPostTitle" }],
      ["sorted by 在库 (open tier first)", org, { sort: "pool" }],
      ["unit user: first page", unit, {}],
      ["unit user: with 身份证号 (masked)", unit, { cols: "name,unit,idNumber" }],
      ["unit user: 身份证号, first view", unit, { cols: "name,unit,idNumber" }, firstView],
    ];
    const scenarios = all.filter(([name]) => !ONLY || name.includes(ONLY));
    console.log(
      `\nroster over ${total.toLocaleString("en")} cadres in ${units.toLocaleString("en")} units — ${RUNS} runs each, page of 50 (ms); load average ${load()}`,
    );
    console.log(
      `${"scenario".padEnd(40)} ${"app med".padStart(8)} ${"app p95".padStart(8)} ${"SQL med".padStart(8)} ${"SQL p95".padStart(8)} ${"ratio".padStart(6)}  (target p95 ≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}× SQL)`,
    );
    const counts: string[] = [];
    const figures: object[] = [];
    for (const [name, actor, params, before] of scenarios) {
      const q = parseRosterQuery(params).query;
      const asOf = rosterAsOf(q);
      const s = rosterStatement(actor, q, asOf, (q.page - 1) * q.size);
      await rosterView(actor, q); // warm-up: plan cache and connections
      await direct.query(s.text, s.values);
      const app: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        before?.();
        let t = performance.now();
        await rosterView(actor, q);
        app.push(performance.now() - t);
        t = performance.now();
        await direct.query({ text: s.text, values: s.values, rowMode: "array" });
        raw.push(performance.now() - t);
      }
      const a = stats(app);
      const r = stats(raw);
      const ratio = a.median / r.median;
      const ok = a.p95 <= TARGET_MS && ratio <= TARGET_RATIO;
      if (!ok) missed++;
      console.log(
        `${name.padEnd(40)} ${a.median.toFixed(1).padStart(8)} ${a.p95.toFixed(1).padStart(8)} ${r.median.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${ratio.toFixed(2).padStart(5)}×${ok ? "  ✓" : "  ✗ over target"}`,
      );
      figures.push({
        figure: `roster: ${name}`,
        value: `p95 ${a.p95.toFixed(1)} ms (med ${a.median.toFixed(1)})`,
        target: `p95 ≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}×`,
        floor: `SQL p95 ${r.p95.toFixed(1)} ms, ${ratio.toFixed(2)}×`,
        ok,
        load: load(),
      });
      // the count the page streams after its rows
      const cs = rosterCountStatement(actor, q, asOf, ROSTER_COUNT_CAP);
      const capp: number[] = [];
      const craw: number[] = [];
      let shown = "";
      for (let i = 0; i < Math.max(5, Math.floor(RUNS / 5)); i++) {
        let t = performance.now();
        const c = await rosterCount(actor, q, asOf);
        capp.push(performance.now() - t);
        shown = c.capped ? `超过 ${ROSTER_COUNT_CAP}` : String(c.count);
        t = performance.now();
        await direct.query(cs.text, cs.values);
        craw.push(performance.now() - t);
      }
      const ca = stats(capp);
      const cr = stats(craw);
      counts.push(
        `${name.padEnd(40)} ${shown.padStart(10)} ${ca.median.toFixed(1).padStart(8)} ${ca.p95.toFixed(1).padStart(8)} ${cr.median.toFixed(1).padStart(8)} ${cr.p95.toFixed(1).padStart(8)}`,
      );
    }
    console.log(
      `\ncount shown after the page (capped at ${ROSTER_COUNT_CAP.toLocaleString("en")}; not part of the page's time)\n${"scenario".padEnd(40)} ${"count".padStart(10)} ${"app med".padStart(8)} ${"app p95".padStart(8)} ${"SQL med".padStart(8)} ${"SQL p95".padStart(8)}`,
    );
    for (const line of counts) console.log(line);
    const unitTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await rosterUnits(org);
      unitTimes.push(performance.now() - t);
    }
    const u = stats(unitTimes);
    console.log(
      `\nfilter bar's unit list (${units} units, kept under the data stamp): median ${u.median.toFixed(1)} ms, p95 ${u.p95.toFixed(1)} ms`,
    );
    console.log(
      missed
        ? `\n${missed} scenario(s) over target (p95 ≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}× SQL); load average ${load()}`
        : `\nall scenarios within target (p95 ≤ ${TARGET_MS} ms, ≤ ${TARGET_RATIO}× SQL); load average ${load()}`,
    );
    // for npm run bench:scale's summary (bench-scale.ts)
    for (const f of figures) console.log(`::scale:: ${JSON.stringify(f)}`);
    process.exitCode = missed ? 1 : 0;
  } finally {
    await direct.end();
    await prisma.$disconnect();
    await closeReadPool();
    await db.release();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
