import "server-only";
// Dry-run plans kept briefly in server memory, so confirming writes without reading and
// validating the file a second time (a 10,000-row workbook takes seconds to load). Keyed by
// the user (with role and unit, so a changed account cannot reuse it) and the plan's digest;
// taken once. Another server process simply misses and rebuilds the plan from the file, and
// the write itself still refuses records changed since (versions, unique 身份证号).
import type { Actor } from "@/lib/auth/actor";
import type { ImportPlan } from "./plan";

const TTL_MS = 15 * 60_000;
const MAX_PLANS = 20;

type Entry = { plan: ImportPlan; fileHash: string; expires: number };
const store = ((globalThis as unknown as { miaopuImportPlans?: Map<string, Entry> }).miaopuImportPlans ??= new Map());

const keyOf = (actor: Actor, digest: string) => `${actor.userId}|${actor.role}|${actor.unitId ?? ""}|${digest}`;

export function rememberPlan(actor: Actor, plan: ImportPlan, fileHash: string): void {
  const now = Date.now();
  for (const [k, e] of store) if (e.expires < now) store.delete(k);
  while (store.size >= MAX_PLANS) store.delete(store.keys().next().value!);
  store.set(keyOf(actor, plan.report.digest), { plan, fileHash, expires: now + TTL_MS });
}

/** The plan the user saw, if this process still holds it for the same file. */
export function takePlan(actor: Actor, digest: string, fileHash: string): ImportPlan | null {
  const key = keyOf(actor, digest);
  const e = store.get(key);
  store.delete(key);
  return e && e.expires >= Date.now() && e.fileHash === fileHash ? e.plan : null;
}
