import "server-only";
import { cache } from "react";
import { isoDay } from "@/lib/rules";
import type { DashboardModel } from "@/lib/dashboard/model";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/server/db-read";
import { factDate } from "@/lib/dashboard/fact-date";
import { todayInChina, yearEarlier } from "@/lib/format/dates";
import { cachedDashboard, dataStamp } from "./dashboard-cache";
import { keepFresh } from "./dashboard-refresh";
import { evaluatePoolSide, evaluateStaffingSide, type Evaluation } from "./evaluate";
import { nominationStages, poolFlows, promotionShares, youngShareTarget } from "./flows-view";
import { districtFacts } from "./district-facts";
import type { DistrictFacts } from "./load-facts";
import { factsOn } from "./facts-on";
import { Lookup } from "./lookup";
import { poolView, AGING_OUT_SHOWN } from "./pool-view";
import { SideMemo } from "./side-memo";
import { dashboardExclusions } from "./scope";
import { cadreIdsOfRows, toTargetView } from "./target-views";
import { watchCadreIds, watchView } from "./watch-view";

/** Names of the cadres the lists show; a recused cadre stays unnamed ("（回避）"). */
async function cadreNames(ids: string[], exclude: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await readRows<[string, string]>(
    `select id, name from "Cadre" where id = any($1) and not (id = any($2))`,
    [unique, exclude],
  );
  return new Map(rows);
}

/**
 * Everything the dashboard shows for one reference date: the district's facts for the current
 * data stamp (read once per change, district-facts.ts), that day's facts for this reader
 * (facts-on.ts), one pass of the rules, one query for the names in the lists. Figures cover the
 * whole district (the dashboard is for organization staff and leaders); names respect recusal.
 */
export async function computeDashboard(actor: Actor, day: Date, stamp?: string): Promise<DashboardModel> {
  return computeForExclusions(dashboardExclusions(actor), day, stamp);
}

/** computeDashboard for a scope already checked: the cadres left out (a reader's recusals; none when prepared at start). */
export async function computeForExclusions(
  exclude: readonly string[],
  day: Date,
  stamp?: string,
): Promise<DashboardModel> {
  const t0 = performance.now();
  const district = await districtFacts(stamp ?? (await dataStamp()), factDate(day.getTime()));
  return modelFrom(district, [...exclude], day, t0);
}

/** The dashboard of `day` for `actor` from the district's facts given (tests compare facts kept up to date with facts read whole). */
export function dashboardFrom(district: DistrictFacts, actor: Actor, day: Date): Promise<DashboardModel> {
  return modelFrom(district, dashboardExclusions(actor), day, performance.now());
}

const views = {
  staffingIds: new SideMemo<string[]>(),
  poolIds: new SideMemo<string[]>(),
  targets: new SideMemo<DashboardModel["targets"]>(),
  pool: new SideMemo<DashboardModel["pool"]>(),
  poolFlows: new SideMemo<DashboardModel["flows"]["years"]>(),
  stages: new SideMemo<DashboardModel["flows"]["nominations"]>(),
  promotions: new SideMemo<DashboardModel["flows"]["promotions"]>(),
};

async function modelFrom(district: DistrictFacts, exclude: string[], day: Date, t0: number): Promise<DashboardModel> {
  // every rule compares its dates with asOf: one V8 reads fast in the Next.js server (fact-date.ts)
  const asOf = factDate(day.getTime());
  const facts = await factsOn(district, asOf, exclude);
  const t1 = performance.now();
  const profile = facts.active.profile;
  const ev: Evaluation = {
    profile,
    asOf,
    ...evaluateStaffingSide(facts.staffing, profile, asOf),
    ...evaluatePoolSide(facts, profile, asOf),
  };
  const lookup = new Lookup(facts, asOf);
  // What the views read besides the evaluation: the facts the drill-downs look up (and so the
  // names they show). A side whose result is the same object (side-memo.ts) over the same facts
  // and names gives the same views: after a change, only the touched side's views are made again.
  const s = facts.staffing;
  const staffingKey = [ev.staffing, s.units, s.posts, s.appointments];
  const poolKey = [ev.pool, ev.agingOut, facts.entries];
  const names = await cadreNames(
    [
      ...views.staffingIds.get(staffingKey, [], () => cadreIdsOfRows(ev.staffing.rows, lookup)),
      ...views.poolIds.get(poolKey, [], () => cadreIdsOfRows(ev.pool.rows, lookup)),
      ...ev.agingOut.slice(0, AGING_OUT_SHOWN).map((a) => a.cadreId),
      ...watchCadreIds(ev),
    ],
    exclude,
  );
  const named = [...names].flat();
  const model: DashboardModel = {
    asOf: isoDay(asOf),
    profile: { key: ev.profile.key, name: ev.profile.name, version: facts.active.profileVersion },
    targets: views.targets.get(staffingKey, named, () => ev.staffing.rows.map((r) => toTargetView(r, lookup, names))),
    pool: views.pool.get(poolKey, named, () => poolView(ev, lookup, names)),
    // each part of 进出与使用 kept by what it reads: a change to the pool leaves the nominations' and promotions' parts
    flows: {
      years: views.poolFlows.get([facts.entries, asOf.getTime()], [], () => poolFlows(facts.entries, asOf)),
      nominations: views.stages.get([facts.nominationEvents, asOf.getTime()], [], () =>
        nominationStages(facts.nominationEvents, asOf),
      ),
      promotions: views.promotions.get([ev.profile, asOf.getTime()], s.promotions, () => promotionShares(s, ev)),
      youngShareTarget: youngShareTarget(ev.profile),
    },
    watch: watchView(ev, lookup, names),
    computedAt: new Date().toISOString(),
    timings: { loadMs: 0, computeMs: 0 },
  };
  // loadMs: the district's facts (read, or kept from an earlier request) and the day's filtered
  // from them; computeMs: the rules, the names and the views
  model.timings = { loadMs: Math.round(t1 - t0), computeMs: Math.round(performance.now() - t1) };
  return model;
}

const computing = (actor: Actor, asOfIso: string) => (stamp: string) =>
  computeDashboard(actor, new Date(`${asOfIso}T00:00:00Z`), stamp);

/** The dashboard as the page would show it now (the kept model, or computed), without keeping the day fresh. */
export async function currentDashboard(actor: Actor, asOfIso: string): Promise<DashboardModel> {
  return (await cachedDashboard(actor, asOfIso, computing(actor, asOfIso))).model;
}

/**
 * Once per request, whichever components ask for it; computed again only when the data
 * changed since the same reader last asked for the same day (dashboard-cache.ts), and then
 * usually already in the background (dashboard-refresh.ts). Reading today's figures also
 * prepares those of a year earlier, which the page's "一年前" link opens.
 */
export const getDashboard = cache(async (actor: Actor, asOfIso: string) => {
  const model = await currentDashboard(actor, asOfIso);
  keepFresh(actor, asOfIso, computing(actor, asOfIso));
  const today = todayInChina();
  if (asOfIso === isoDay(today)) {
    const yearAgo = isoDay(yearEarlier(today));
    keepFresh(actor, yearAgo, computing(actor, yearAgo));
  }
  return model;
});
