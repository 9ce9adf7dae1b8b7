import "server-only";
// The dashboard's figures change only when the data behind them does, while leaders open it
// again and again: a computed model is kept in memory (per app process) under its reference
// date, the reader's scope and a data stamp, and recomputed once the stamp moves.
//
// The stamp is two cheap reads of one row each:
//   · the newest audit-log id of a successful change — every change made through Miaopu writes
//     an audit row in its own transaction, so the next request after a committed change sees a
//     new stamp at once. Rows that record reading (sign-ins, exports, prints, reveals, backups,
//     account administration) are passed over: the morning's sign-ins must not recompute it;
//   · PostgreSQL's row-change counters of the tables the dashboard reads — they also move for
//     changes made outside the app (a restore, a script), within PostgreSQL's statistics delay
//     (at most a few seconds).
// Concurrent requests for the same key share one computation; a failed one is not kept.
import type { DashboardModel } from "@/lib/dashboard/model";
import type { Actor } from "@/lib/server/auth/actor";
import { readRows } from "@/lib/server/db-read";
import { clearDistrictFacts } from "./district-facts";
import { dashboardScopeKey } from "./scope";

/** Tables whose rows feed the dashboard's figures and lists. */
export const DASHBOARD_TABLES = [
  "Unit", "Post", "Appointment", "Cadre", "EducationRecord", "PoolEntry", "PoolReview",
  "Nomination", "NominationEvent", "Training", "TrainingAttendance", "PolicyProfile",
] as const;
const MAX_ENTRIES = 32;

// On globalThis: one cache per process, however often Next.js bundles this module (the page
// reads what a refresh started from a server action computed; dashboard-refresh.ts).
const g = globalThis as unknown as { miaopuDashboardCache?: Map<string, Promise<DashboardModel>> };
const entries = (g.miaopuDashboardCache ??= new Map());

/** Audit actions that change nothing the dashboard reads (a denylist: an unknown action counts as a change). */
export const READ_ONLY_AUDIT_ACTIONS = String.raw`^(auth\.|export\.|print\.|reveal\.|account\.|backup\.create$)`;

export async function dataStamp(): Promise<string> {
  // newest first along the primary key: stops at the first row that records a change
  const [[audit, changes]] = await readRows<[string | null, string | null]>(
    `select (select id from "AuditLog" where result = 'SUCCESS' and action !~ $2 order by id desc limit 1)::text,
            (select sum(n_tup_ins + n_tup_upd + n_tup_del) from pg_stat_user_tables where relname = any($1))::text`,
    [[...DASHBOARD_TABLES], READ_ONLY_AUDIT_ACTIONS],
  );
  return `${audit ?? 0}:${changes ?? 0}`;
}

/**
 * The dashboard for `actor` on `asOfIso`, computed by `compute` unless an identical request
 * (same date, same scope, same data) was answered before. The scope check runs every time.
 */
export async function cachedDashboard(
  actor: Actor, asOfIso: string, compute: (stamp: string) => Promise<DashboardModel>,
): Promise<{ model: DashboardModel; hit: boolean }> {
  const scope = dashboardScopeKey(actor);
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
