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
import type { Actor } from "@/lib/auth/actor";
import { cachedDashboard, dataStamp } from "./dashboard-cache";
import { dashboardScopeKey } from "./scope";

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
  compute: (stamp: string) => Promise<DashboardModel>;
}

interface RefreshState {
  watched: Map<string, Watched>;
  ticker: NodeJS.Timeout | null;
  soon: NodeJS.Timeout | null;
  running: Promise<number> | null;
  queued: Promise<number> | null;
  freshFor: string | null;
}

// One state per process, on globalThis: Next.js may bundle this module more than once (the
// pages' and the server actions' layers), and a save in an action must reach the days the
// dashboard page watches.
const g = globalThis as unknown as { miaopuDashboardRefresh?: RefreshState };
const st: RefreshState = (g.miaopuDashboardRefresh ??= {
  watched: new Map(),
  ticker: null,
  soon: null,
  running: null,
  queued: null,
  freshFor: null,
});

/** Keeps `asOfIso` fresh for this reader's scope from now on (see WATCH_MS). */
export function keepFresh(
  actor: Actor,
  asOfIso: string,
  compute: (stamp: string) => Promise<DashboardModel>,
  now = Date.now(),
): void {
  const key = `${asOfIso}|${dashboardScopeKey(actor)}`;
  const isNew = !st.watched.has(key);
  st.watched.delete(key);
  st.watched.set(key, { actor, asOfIso, lastRead: now, compute });
  while (st.watched.size > MAX_WATCHED) st.watched.delete(st.watched.keys().next().value as string);
  if (!st.ticker) {
    st.ticker = setInterval(() => void refreshDashboards(), TICK_MS);
    st.ticker.unref();
  }
  // a day nobody had asked for yet (the year-earlier day) is prepared now, not at the next change
  if (isNew) {
    st.freshFor = null;
    dataChanged();
  }
}

/** Called after a change committed in this process: refresh the watched days shortly. */
export function dataChanged(): void {
  if (st.watched.size === 0 || st.soon) return;
  st.soon = setTimeout(() => {
    st.soon = null;
    void refreshDashboards();
  }, SETTLE_MS);
  st.soon.unref();
}

/**
 * Recomputes every watched day whose model is not yet cached for the current data stamp;
 * resolves to the number of days computed. Never throws: a failure is logged and the next
 * reader computes on demand as before.
 *
 * Called while a refresh runs, it queues one more (shared by every such caller) and resolves
 * when that one is done: the running refresh may have read the stamp before the change the
 * caller made, so its result would say nothing about that change. (On a busy machine the
 * refresh started by keepFresh was still running when a test's change committed.)
 */
export function refreshDashboards(now = Date.now()): Promise<number> {
  if (st.running) {
    st.queued ??= st.running.then(() => {
      st.queued = null;
      return refreshDashboards();
    });
    return st.queued;
  }
  st.running = refreshOnce(now)
    .catch((e: unknown) => {
      warn(e);
      return 0;
    })
    .finally(() => {
      st.running = null;
    });
  return st.running;
}

async function refreshOnce(now: number): Promise<number> {
  for (const [key, w] of st.watched) if (now - w.lastRead > WATCH_MS) st.watched.delete(key);
  if (st.watched.size === 0) {
    stopRefreshing();
    return 0;
  }
  const stamp = await dataStamp();
  if (stamp === st.freshFor) return 0;
  let computed = 0;
  let failed = false;
  // the most recently read first
  for (const w of [...st.watched.values()].reverse()) {
    try {
      const r = await cachedDashboard(w.actor, w.asOfIso, w.compute);
      if (!r.hit) computed += 1;
    } catch (e) {
      failed = true;
      warn(e);
    }
  }
  // a failed day is tried again at the next check
  if (!failed) st.freshFor = stamp;
  return computed;
}

function warn(e: unknown): void {
  console.warn(
    `[miaopu] dashboard refresh failed (${e instanceof Error ? e.message : String(e)}); readers compute on demand`,
  );
}

/** Forgets the watched days and stops the checks (tests; the cache being cleared). */
export function stopRefreshing(): void {
  st.watched.clear();
  if (st.ticker) clearInterval(st.ticker);
  if (st.soon) clearTimeout(st.soon);
  st.ticker = null;
  st.soon = null;
  st.freshFor = null;
}
