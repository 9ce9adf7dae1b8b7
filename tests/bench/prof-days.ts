// temporary profiling harness (not committed)
import { benchActor } from "./bench-actor";
import { scaleDatabase } from "./scale-db";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
const LEADER = benchActor("LEADER");
const AS_OF = Date.UTC(2026, 10, 22);
async function main() {
  const db = await scaleDatabase(500000, {});
  process.env.DATABASE_URL = db.url;
  const { computeDashboard } = await import("../../lib/server/dashboard/get-dashboard");
  await computeDashboard(LEADER, new Date(AS_OF));
  for (let i = 1; i <= 3; i++) await computeDashboard(LEADER, new Date(AS_OF - i * 7 * 86400000));
  const s = new Session(); s.connect();
  await s.post("Profiler.enable"); await s.post("Profiler.setSamplingInterval", { interval: 200 });
  await s.post("Profiler.start");
  for (let i = 4; i <= 12; i++) {
    const t = performance.now();
    const m = await computeDashboard(LEADER, new Date(AS_OF - i * 7 * 86400000));
    console.log(`day ${i}: ${(performance.now() - t).toFixed(0)} ms (load ${m.timings.loadMs}, compute ${m.timings.computeMs})`);
  }
  const { profile } = await s.post("Profiler.stop");
  writeFileSync("/tmp/prof/days.cpuprofile", JSON.stringify(profile));
  await db.release(); process.exit(0);
}
void main();
