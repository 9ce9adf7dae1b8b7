import "server-only";
// A new server process (a restart, a deployment) has no district facts yet: the first leader of
// the day would wait for the whole read (≈ 0.5 s at 100,000 cadres, more while the process is
// new) on top of the page. So the process reads them once in the background shortly after it
// starts — as the refresh after a change does — and the first reader computes only their day.
// A failure is logged; the first reader then reads the facts as before.
import { todayInChina } from "@/lib/format/dates";
import { dataStamp } from "./dashboard-cache";
import { districtFacts } from "./district-facts";

export function prepareDashboardAtStart(delayMs = 1_000): void {
  const timer = setTimeout(() => {
    dataStamp()
      .then((stamp) => districtFacts(stamp, todayInChina()))
      .catch((e: unknown) =>
        console.warn(
          `[miaopu] dashboard facts not prepared at start (${e instanceof Error ? e.message : String(e)}); the first reader reads them`,
        ),
      );
  }, delayMs);
  timer.unref();
}
