import "server-only";
// Refresh-ahead for the dashboard cache (dashboard-cache.ts). The cache alone makes the first
// reader after every change wait for a full recomputation (≈0.4 s at 100,000 cadres). Instead,
// the days readers have looked at recently are recomputed in the background as soon as the
// data changes, so the next reader finds the new figures ready:
//   · a change made through this process's server actions asks for a refresh at once
//     (dataChanged, after a short pause that lets a burst of saves settle);
//   · a change made by another app process or outside the app is noticed by a check of the
//     data stamp every few seconds — only while somebody has read the dashboard lately, so an
//     idle app sends no queries.
// A reader who arrives during a refresh shares its computation (the cache keeps the pending
// model). Refreshes run one at a time and one day after another, so they never take both cores
// from the people using the app. Opening today's dashboard also prepares the same day a year
// earlier, which the page's "一年前" link opens.
import type { DashboardModel } from "@/lib/dashboard/model";
import type { Actor } from "@/lib/server/auth/actor";
import { cachedDashboard, dataStamp } from "./dashboard-cache";
import { dashboardExclusions } from "./scope";

/** A day stays fresh this long after it was last read. */
export const WATCH_MS = 15 * 60_000;
/** At most this many (day, scope) pairs are kept fresh: the most recently read. */
export const MAX_WATCHED = 6;
const TICK_MS = 5_000;
const SETTLE_MS = 500;

interface Watched {
  actor: Actor;
  asOfIso: string;
  lastRead: number;
  compute: () => Promise<DashboardModel>;
}

const watched = new Map<string, Watched>();
let ticker: NodeJS.Timeout | null = null;
let soon: NodeJS.Timeout | null = null;
let running: Promise<number> | null = null;
let again = false;
let freshFor: string | null = null;

/** Keeps `asOfIso` fresh for this reader's scope from now on (see WATCH_MS). */
export function keepFresh(actor: Actor, asOfIso: string, compute: () => Promise<DashboardModel>, now = Date.now()): void {
  const key = `${asOfIso}|${[...dashboardExclusions(actor)].sort().join(",")}`;
  const isNew = !watched.has(key);
  watched.delete(key);
  watched.set(key, { actor, asOfIso, lastRead: now, compute });
  while (watched.size > MAX_WATCHED) watched.delete(watched.keys().next().value as string);
  if (!ticker) {
    ticker = setInterval(() => void refreshDashboards(), TICK_MS);
    ticker.unref();
  }
  // a day nobody had asked for yet (the year-earlier day) is prepared now, not at the next change
  if (isNew) {
    freshFor = null;
    dataChanged();
  }
}

/** Called after a change committed in this process: refresh the watched days shortly. */
export function dataChanged(): void {
  if (watched.size === 0 || soon) return;
  soon = setTimeout(() => {
    soon = null;
    void refreshDashboards();
  }, SETTLE_MS);
  soon.unref();
}

/**
 * Recomputes every watched day whose model is not yet cached for the current data stamp;
 * resolves to the number of days computed. Never throws: a failure is logged and the next
 * reader computes on demand as before.
 */
export function refreshDashboards(now = Date.now()): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = refreshOnce(now)
    .catch((e: unknown) => {
      warn(e);
      return 0;
    })
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void refreshDashboards();
      }
    });
  return running;
}

async function refreshOnce(now: number): Promise<number> {
  for (const [key, w] of watched) if (now - w.lastRead > WATCH_MS) watched.delete(key);
  if (watched.size === 0) {
    stopRefreshing();
    return 0;
  }
  const stamp = await dataStamp();
  if (stamp === freshFor) return 0;
  let computed = 0;
  let failed = false;
  // the most recently read first
  for (const w of [...watched.values()].reverse()) {
    try {
      const r = await cachedDashboard(w.actor, w.asOfIso, w.compute);
      if (!r.hit) computed += 1;
    } catch (e) {
      failed = true;
      warn(e);
    }
  }
  // a failed day is tried again at the next check
  if (!failed) freshFor = stamp;
  return computed;
}

function warn(e: unknown): void {
  console.warn(`[miaopu] dashboard refresh failed (${e instanceof Error ? e.message : String(e)}); readers compute on demand`);
}

/** Forgets the watched days and stops the checks (tests; the cache being cleared). */
export function stopRefreshing(): void {
  watched.clear();
  if (ticker) clearInterval(ticker);
  if (soon) clearTimeout(soon);
  ticker = null;
  soon = null;
  freshFor = null;
}
