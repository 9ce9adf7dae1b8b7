// temporary: time each part of a new day's dashboard (not committed)
import { benchActor } from "./bench-actor";
import { scaleDatabase } from "./scale-db";
const AS_OF = Date.UTC(2026, 10, 22);
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
async function main() {
  const db = await scaleDatabase(500000, {});
  process.env.DATABASE_URL = db.url;
  const R = await import("../../lib/rules");
  const { districtFacts } = await import("../../lib/server/dashboard/district-facts");
  const { dataStamp } = await import("../../lib/server/dashboard/dashboard-cache");
  const { factsOn } = await import("../../lib/server/dashboard/facts-on");
  const { computeDashboard } = await import("../../lib/server/dashboard/get-dashboard");
  const d = await districtFacts(await dataStamp(), new Date(AS_OF));
  console.log(`entries ${d.entries.length} reviews ${d.reviews.length} trainings ${d.trainings?.size} appts ${d.staffing.appointments.length} nomEvents ${d.nominationEvents.length}`);
  const parts = new Map<string, number[]>();
  const time = <T,>(name: string, f: () => T): T => { const t = performance.now(); const r = f(); const ms = performance.now() - t; parts.set(name, [...(parts.get(name) ?? []), ms]); return r; };
  for (let i = 1; i <= 12; i++) {
    const asOf = new Date(AS_OF - i * 7 * 86400000);
    const f = await factsOn(d, asOf, []);
    const p = f.active.profile; const s = f.staffing;
    console.log(`promotions ${s.promotions.length}`);
    time("pool.evaluatePool", () => R.evaluatePool(f.entries, p, asOf));
    time("pool.agingOut", () => R.agingOut(f.entries, p, asOf));
    time("pool.reviews", () => R.reviewsDueFrom(R.poolSchedule(f.entries, f.reviews, f.trainings, p), asOf, 60, 50));
    time("pool.trainingLoopActive", () => { let n = 0; const t = asOf.getTime(); for (const e of f.entries) if (e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t)) n++; return n; });
    time("pool.trainingFailed", () => { let n = 0; const t = asOf.getTime(); for (const e of f.entries) { if (!(e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t))) continue; void e; n++; } return n; });
    const idx = time("staff.index", () => R.buildStaffingIndex(s.units, s.posts, s.appointments, p, asOf));
    time("staff.all", () => R.evaluateStaffing(s.units, s.posts, s.appointments, s.promotions, p, asOf));
    void idx;
    time("dashboard.total", () => 0);
    const t = performance.now(); await computeDashboard(benchActor("LEADER"), new Date(AS_OF - (i + 100) * 7 * 86400000)); parts.get("dashboard.total")!.push(performance.now() - t);
  }
  for (const [k, v] of parts) console.log(k.padEnd(28), med(v.slice(2)).toFixed(1), "ms median;", v.slice(2).map((x) => x.toFixed(0)).join(" "));
  await db.release(); process.exit(0);
}
void main();
