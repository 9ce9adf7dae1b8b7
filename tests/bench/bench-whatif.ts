// npm run bench:whatif [-- --cadres 100000] — 模拟调配 on the kept scale database
// (tests/bench/scale-db.ts: the demo district repeated; 100,000 cadres in 2,000 units by
// default), read only: the plans are built in memory, never saved. Prints median and p95 of:
//   · one move's recomputation: a plan of k moves (k = 1…20, three rounds) evaluated as the plan
//     page does after a move — the district's base kept (lib/server/staffing-plans/plan-base.ts),
//     the moved cadres' facts read, the moves applied, the targets recomputed, names and
//     clearances — split into the plan's database reads and the rest; target ≤ 200 ms;
//   · opening a plan of 20 moves (the same, all 20 at once, base kept);
//   · the first plan after a data change (the base built from the dashboard's kept facts) and
//     from a cold process (the district's facts read whole): not targets, shown for scale.
// Exits with code 1 if the one-move median or p95 exceeds 200 ms.
import type { Actor } from "@/lib/auth/actor";
import { BENCH_ACTOR_FIELDS } from "./bench-actor";
import { load, stats } from "./bench-stats";
import { cadresArg, scaleDatabase } from "./scale-db";
import { benchMoves } from "./bench-whatif-moves";

const CADRES = cadresArg(process.argv.slice(2), 100_000);
const ROUNDS = 3;
const OPEN_RUNS = 15;
const TARGET_MS = 200;
const AS_OF = new Date(Date.UTC(2026, 10, 22)); // the seed's reference day

const STAFF: Actor = {
  userId: "bench",
  username: "bench",
  displayName: "基准测试",
  role: "ORG_STAFF",
  unitId: null,
  ...BENCH_ACTOR_FIELDS,
};

async function main() {
  console.log(`load average at the start: ${load()}`);
  const db = await scaleDatabase(CADRES);
  process.env.DATABASE_URL = db.url;
  const { prisma } = await import("../../lib/server/db");
  const { closeReadPool } = await import("../../lib/server/db-read");
  const { clearDashboardCache } = await import("../../lib/server/dashboard/dashboard-cache");
  const plans = await import("../../lib/server/staffing-plans");
  const [cadres, units] = await Promise.all([prisma.cadre.count(), prisma.unit.count()]);
  console.log(`district: ${cadres} cadres, ${units} units; reference date 2026-11-22`);
  const plan = await benchMoves(prisma, AS_OF, 20);
  console.log(`plan: ${plan.moves.map((m) => m.kind).join(" ")}`);

  const line = (label: string, samples: number[], extra = "", target = false) => {
    const st = stats(samples);
    const ok = st.median <= TARGET_MS && st.p95 <= TARGET_MS;
    console.log(
      `whatif, ${label.padEnd(40)} median ${st.median.toFixed(1).padStart(7)} ms   p95 ${st.p95.toFixed(1).padStart(7)} ms  ${extra}` +
        (target ? `  ${ok ? "✓" : "✗"} target ≤ ${TARGET_MS} ms` : ""),
    );
    return ok;
  };

  // cold: the district's facts read whole, then the base of the day built from them
  const cold: number[] = [];
  const afterChange: number[] = [];
  for (let i = 0; i < 3; i++) {
    clearDashboardCache();
    let t = performance.now();
    await plans.planResults(STAFF, { ...plan, moves: plan.moves.slice(0, 1) });
    cold.push(performance.now() - t);
    // a data change: the dashboard's facts are brought up to date, the plan's base is built again
    const g = globalThis as unknown as { miaopuPlanBases?: WeakMap<object, unknown> };
    g.miaopuPlanBases = new WeakMap();
    t = performance.now();
    await plans.planResults(STAFF, { ...plan, moves: plan.moves.slice(0, 1) });
    afterChange.push(performance.now() - t);
  }

  const move: number[] = [];
  const reads: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 1; k <= plan.moves.length; k++) {
      const t = performance.now();
      const res = await plans.planResults(STAFF, { ...plan, moves: plan.moves.slice(0, k) });
      move.push(performance.now() - t);
      reads.push(res.timings.baseMs + res.timings.planMs);
    }
  }
  const open: number[] = [];
  let changed = 0;
  for (let i = 0; i < OPEN_RUNS; i++) {
    const t = performance.now();
    const res = await plans.planResults(STAFF, plan);
    open.push(performance.now() - t);
    changed = res.targets.filter((x) => x.changed).length;
  }
  // the plan's own database reads, sent directly: the moved cadres' facts and the names
  const ids = [...new Set(plan.moves.flatMap((m) => [m.cadre.id, ...(m.otherCadre ? [m.otherCadre.id] : [])]))];
  const floor: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const t = performance.now();
    await prisma.$queryRawUnsafe(`select id, name, "birthDate", gender, rank from "Cadre" where id = any($1)`, ids);
    await prisma.$queryRawUnsafe(
      `select "cadreId", level, degree from "EducationRecord" where "cadreId" = any($1)`,
      ids,
    );
    floor.push(performance.now() - t);
  }

  console.log(`load average before the figures: ${load()}`);
  line("cold process (facts read whole)", cold, "(not a target)");
  line("first plan after a data change", afterChange, "(base of the day built; not a target)");
  const ok = line(
    `one move (plans of 1…${plan.moves.length} moves)`,
    move,
    `(base + moved cadres' facts + moves median ${stats(reads).median} ms)`,
    true,
  );
  line(`open a plan of ${plan.moves.length} moves`, open, `(${changed} target rows change)`);
  line("raw-SQL floor: the moved cadres' rows", floor, "(two statements sent directly)");
  console.log(`load average at the end: ${load()}`);
  await prisma.$disconnect();
  await closeReadPool();
  await db.release();
  if (!ok) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
