import "server-only";
// A new server process (a restart, a deployment) has no district facts yet: the first leader of
// the day would wait for the whole read (seconds at 500,000 cadres) on top of the page. So the
// process reads them once in the background shortly after it starts — as the refresh after a
// change does — and computes today's dashboard and the year-earlier one for readers without
// recusals (the scope most readers share; the computation also warms the process up), so the
// first leader is served from memory. A failure is logged; the first reader then computes as before.
import { isoDay } from "@/lib/rules";
import { todayInChina, yearEarlier } from "@/lib/format/dates";
import { cachedForScope } from "./dashboard-cache";
import { computeForExclusions } from "./get-dashboard";

export function prepareDashboardAtStart(delayMs = 1_000): void {
  const timer = setTimeout(() => {
    void prepareDashboards().catch((e: unknown) =>
      console.warn(
        `[miaopu] dashboard not prepared at start (${e instanceof Error ? e.message : String(e)}); the first reader computes it`,
      ),
    );
  }, delayMs);
  timer.unref();
}

/** Today's and the year-earlier dashboard for readers without recusals, computed (or found kept). */
export async function prepareDashboards(): Promise<void> {
  const today = todayInChina();
  for (const day of [today, yearEarlier(today)]) {
    const iso = isoDay(day);
    await cachedForScope("", iso, (stamp) => computeForExclusions([], new Date(`${iso}T00:00:00Z`), stamp));
  }
  // The whole read leaves its garbage behind (≈ 1 GB at 500,000 cadres). Collected now, at start,
  // it is not paid for by the first readers' requests, whose young-generation collections would
  // otherwise each scan the huge old generation until V8 got round to a full one (the server
  // runs with --expose-gc: lib/cli/run.ts; without it nothing happens).
  (globalThis as { gc?: () => void }).gc?.();
}
