import "server-only";
// The dashboard's figures change only when the data behind them does, while leaders open it
// again and again: a computed model is kept in memory (per app process) under its reference
// date, the reader's scope and a data stamp, and recomputed once the stamp moves.
//
// The stamp is one row: "DataChange".counter, which a deferred trigger on every table below bumps
// once in the same transaction as any write to them, at its commit (migration
// 20261206120000_data_change_counter). So it moves exactly when committed data the dashboard
// reads changed — through Miaopu or outside it (psql, a script) — never for a rolled-back write,
// a sign-in or an export, and the next request after the commit sees it at once.
//
// Concurrent requests for the same key share one computation; a failed one is not kept.
import type { DashboardModel } from "@/lib/dashboard/model";
import type { Actor } from "@/lib/auth/actor";
import { currentStamp } from "@/lib/server/data-change/stamp";
import { clearDistrictFacts } from "./district-facts";
import { dashboardScopeKey } from "./scope";

/** Tables whose rows feed the dashboard's figures and lists; each carries the DataChange trigger. */
export const DASHBOARD_TABLES = [
  "Unit",
  "Post",
  "Appointment",
  "Cadre",
  "EducationRecord",
  "PoolEntry",
  "PoolReview",
  "Nomination",
  "NominationEvent",
  "Training",
  "TrainingAttendance",
  "PolicyProfile",
  "RankRecord",
] as const;
const MAX_ENTRIES = 32;

// On globalThis: one cache per process, however often Next.js bundles this module (the page
// reads what a refresh started from a server action computed; dashboard-refresh.ts).
const g = globalThis as unknown as { miaopuDashboardCache?: Map<string, Promise<DashboardModel>> };
const entries = (g.miaopuDashboardCache ??= new Map());

export async function dataStamp(): Promise<string> {
  // the counter each process hears by NOTIFY, or read from the primary (lib/server/data-change/stamp.ts)
  return currentStamp();
}

/**
 * The dashboard for `actor` on `asOfIso`, computed by `compute` unless an identical request
 * (same date, same scope, same data) was answered before. The scope check runs every time.
 */
export async function cachedDashboard(
  actor: Actor,
  asOfIso: string,
  compute: (stamp: string) => Promise<DashboardModel>,
): Promise<{ model: DashboardModel; hit: boolean }> {
  return cachedForScope(dashboardScopeKey(actor), asOfIso, compute);
}

/**
 * cachedDashboard for a scope key already checked (dashboardScopeKey): the sorted recusals, ""
 * for none — what prepare-at-start.ts computes for the readers without recusals.
 */
export async function cachedForScope(
  scope: string,
  asOfIso: string,
  compute: (stamp: string) => Promise<DashboardModel>,
): Promise<{ model: DashboardModel; hit: boolean }> {
  const stamp = await dataStamp();
  const key = `${asOfIso}|${scope}|${stamp}`;
  const existing = entries.get(key);
  if (existing) {
    // most recently used last, so the oldest is evicted first
    entries.delete(key);
    entries.set(key, existing);
    return { model: await existing, hit: true };
  }
  const pending = compute(stamp);
  entries.set(key, pending);
  pending.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return { model: await pending, hit: false };
}

/**
 * The model this reader was shown for `asOfIso` at `computedAt`, while it is still kept (the
 * drill-down lists behind a page's figures come from the very model the page showed, even
 * after the data changed). Null once evicted.
 */
export async function keptDashboard(actor: Actor, asOfIso: string, computedAt: string): Promise<DashboardModel | null> {
  const prefix = `${asOfIso}|${dashboardScopeKey(actor)}|`;
  for (const [key, pending] of entries) {
    if (!key.startsWith(prefix)) continue;
    const model = await pending.catch(() => null);
    if (model?.computedAt === computedAt) return model;
  }
  return null;
}

/** Forgets every computed dashboard and the district's facts (tests; a policy import that bypassed the app). */
export function clearDashboardCache(): void {
  entries.clear();
  clearDistrictFacts();
}
