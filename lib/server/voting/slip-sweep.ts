import "server-only";
// Every server process deletes the stored plain codes of sessions that have opened, once a
// minute, so a session nobody touches after its start time keeps them at most a minute (the
// voters' first code, a staff page and a print attempt delete them at once as well). Concurrent
// sweeps of several processes delete each row once (the DELETE's row locks). Started by
// instrumentation.ts; the timer does not keep a process alive.
import { destroyOpenedSlips } from "./slip-codes";

export const SLIP_SWEEP_MS = 60_000;

export function startSlipSweep(): void {
  const g = globalThis as unknown as { miaopuSlipSweep?: NodeJS.Timeout };
  if (g.miaopuSlipSweep) return;
  g.miaopuSlipSweep = setInterval(() => {
    destroyOpenedSlips(new Date()).catch((e: Error) =>
      console.warn(`[miaopu] voting: the sweep of opened sessions' slip codes failed (${e.message})`),
    );
  }, SLIP_SWEEP_MS);
  g.miaopuSlipSweep.unref();
}
