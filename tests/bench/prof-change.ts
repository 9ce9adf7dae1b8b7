// temporary: profile the first reader after a change (not committed)
import { benchActor } from "./bench-actor";
import { scaleDatabase } from "./scale-db";
import { benchChanges } from "./bench-dashboard-changes";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
const LEADER = benchActor("LEADER");
const AS_OF = new Date(Date.UTC(2026, 10, 22));
async function main() {
  const db = await scaleDatabase(500000, { copy: true });
  process.env.DATABASE_URL = db.url;
  const { prisma } = await import("../../lib/server/db");
  const { computeDashboard } = await import("../../lib/server/dashboard/get-dashboard");
  const { cachedDashboard, clearDashboardCache } = await import("../../lib/server/dashboard/dashboard-cache");
  const changes = await benchChanges(prisma);
  const serve = () => cachedDashboard(LEADER, "2026-11-22", () => computeDashboard(LEADER, AS_OF));
  clearDashboardCache();
  await serve();
  for (let i = 0; i < 6; i++) { await changes[process.env.KIND ? Number(process.env.KIND) : i % 6].apply(i); await serve(); }
  const s = new Session(); s.connect();
  await s.post("Profiler.enable"); await s.post("Profiler.setSamplingInterval", { interval: 200 });
  await s.post("Profiler.start");
  for (let i = 6; i < 30; i++) {
    const c = changes[process.env.KIND ? Number(process.env.KIND) : i % 6];
    await c.apply(i);
    const t = performance.now();
    const r = await serve();
    console.log(`${c.kind.padEnd(40)} ${(performance.now() - t).toFixed(0)} ms (facts ${r.model.timings.loadMs}, compute ${r.model.timings.computeMs})`);
  }
  const { profile } = await s.post("Profiler.stop");
  writeFileSync("/tmp/prof/change.cpuprofile", JSON.stringify(profile));
  await db.release(); process.exit(0);
}
void main();
