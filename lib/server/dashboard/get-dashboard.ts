import "server-only";
import { cache } from "react";
import { isoDay } from "@/lib/rules";
import type { DashboardModel } from "@/lib/dashboard/model";
import type { Actor } from "@/lib/server/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { evaluateDashboard } from "./evaluate";
import { flowsView } from "./flows-view";
import { loadDashboardFacts } from "./load-facts";
import { Lookup } from "./lookup";
import { poolView, AGING_OUT_SHOWN } from "./pool-view";
import { cadreIdsOfRows, toTargetView } from "./target-views";
import { watchCadreIds, watchView } from "./watch-view";

/** Names of the cadres a list shows, within the actor's scope (a recused cadre stays unnamed). */
async function cadreNames(actor: Actor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await prisma.cadre.findMany({ where: { AND: [{ id: { in: unique } }, cadreScope(actor)] }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Everything the dashboard shows for one reference date: one data load, one pass of the rules,
 * one query for the names in the lists. Figures cover the whole district (the dashboard is for
 * organization staff and leaders); names respect recusal.
 */
export async function computeDashboard(actor: Actor, asOf: Date): Promise<DashboardModel> {
  const t0 = performance.now();
  const facts = await loadDashboardFacts(actor, asOf);
  const t1 = performance.now();
  const ev = evaluateDashboard(facts, asOf);
  const lookup = new Lookup(facts, asOf);
  const names = await cadreNames(actor, [
    ...cadreIdsOfRows([...ev.staffing.rows, ...ev.pool.rows], lookup),
    ...ev.agingOut.slice(0, AGING_OUT_SHOWN).map((a) => a.cadreId),
    ...watchCadreIds(ev),
  ]);
  const model: DashboardModel = {
    asOf: isoDay(asOf),
    profile: { key: ev.profile.key, name: ev.profile.name, version: facts.active.profileVersion },
    targets: ev.staffing.rows.map((r) => toTargetView(r, lookup, names)),
    pool: poolView(ev, lookup, names),
    flows: flowsView(ev, facts, lookup, names),
    watch: watchView(ev, lookup, names),
    timings: { loadMs: 0, computeMs: 0 },
  };
  model.timings = { loadMs: Math.round(t1 - t0), computeMs: Math.round(performance.now() - t1) };
  return model;
}

/** Once per request, whichever components ask for it. */
export const getDashboard = cache((actor: Actor, asOfIso: string) => computeDashboard(actor, new Date(`${asOfIso}T00:00:00Z`)));
