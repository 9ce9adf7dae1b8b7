import "server-only";
// The home page's work list (提醒/待办) and the menu's badges, for the signed-in user:
// organization staff the district's, a unit user their unit's, a leader the district's target
// warnings; the 三员 administrators none. Computed once per data change (the dashboard's data
// stamp) and kept for a minute at most — some tables it reads (年度考核) do not move the stamp —
// so the badges on every page cost one cached read; a reader who has just saved gets it fresh.
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { isoDay } from "@/lib/rules";
import { poolGroups } from "@/lib/worklist/pool-items";
import { navCounts, workList, type WorkList } from "@/lib/worklist/model";
import { todayInChina } from "@/lib/format/dates";
import { currentStamp } from "@/lib/server/data-change/stamp";
import { ownWriteLsn } from "@/lib/server/data-change/own-write";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { nominationGroups } from "./worklist-nominations";
import { peopleGroups } from "./worklist-people";
import { loadPoolFacts } from "./worklist-pool";
import { workScope } from "./worklist-scope";
import { clearWorkWindows } from "./worklist-windows";
import { targetGroups } from "./worklist-targets";

/** Whose home shows a work list, and which one. */
export function workListKind(actor: Actor): "STAFF" | "LEADER" | null {
  if (actor.role === "LEADER") return can(actor.role, "dashboard", "read") ? "LEADER" : null;
  return can(actor.role, "cadre", "read") && can(actor.role, "pool", "read") ? "STAFF" : null;
}

/**
 * The work list computed now, without the cache (the bench and the tests time and check this); with
 * the data stamp, the date-window groups kept since the last change that touched them
 * (worklist-windows.ts).
 */
export async function computeWorkList(
  actor: Actor,
  today: Date,
  stamp: string | null = null,
): Promise<WorkList | null> {
  const kind = workListKind(actor);
  if (!kind) return null;
  const scopeLabel = actor.role === "UNIT" ? "本单位" : "全区";
  if (kind === "LEADER") return workList(isoDay(today), scopeLabel, await targetGroups(actor, today));
  const scope = workScope(actor);
  const { profile } = await getActiveProfile();
  const [nominations, people, pool] = await Promise.all([
    can(actor.role, "nomination", "read") ? nominationGroups(actor, today) : Promise.resolve([]),
    peopleGroups(scope, today, profile, stamp),
    loadPoolFacts(actor, scope, today, profile).then((f) => poolGroups(f, profile, today)),
  ]);
  return workList(isoDay(today), scopeLabel, [...nominations, ...pool, ...people]);
}

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 64;
const g = globalThis as unknown as { miaopuWorkLists?: Map<string, { at: number; list: Promise<WorkList | null> }> };
const kept = (g.miaopuWorkLists ??= new Map());

const scopeKey = (a: Actor) =>
  `${a.role}|${a.role === "UNIT" ? a.unitId : ""}|${[...a.recusedCadreIds].sort().join(",")}`;

/** Once per request (the page and the menu share it); from the kept list while the data is unchanged. */
export const getWorkList = cache(async (actor: Actor): Promise<WorkList | null> => {
  if (!workListKind(actor)) return null;
  const today = todayInChina();
  const [stamp, wrote] = await Promise.all([currentStamp(), ownWriteLsn()]);
  const key = `${isoDay(today)}|${scopeKey(actor)}|${stamp}`;
  const hit = kept.get(key);
  if (hit && wrote === null && Date.now() - hit.at < MAX_AGE_MS) return hit.list;
  const list = computeWorkList(actor, today, stamp);
  kept.set(key, { at: Date.now(), list });
  list.catch(() => kept.delete(key));
  while (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value as string);
  return list;
});

/** Open items per menu item, for the badges; empty for roles without a work list. */
export async function getNavCounts(actor: Actor): Promise<Record<string, number>> {
  const list = await getWorkList(actor);
  return list ? navCounts(list) : {};
}

/** Forgets the kept lists (tests). */
export function clearWorkLists(): void {
  kept.clear();
  clearWorkWindows();
}
