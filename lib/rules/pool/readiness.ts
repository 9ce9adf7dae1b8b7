// DP-POOL-READY: the share of active entries whose latest yearly review on or before asOf found
// them 近期可提拔 must reach the profile's share (default 1/3). An entry not yet reviewed, or
// reviewed without a readiness, does not count towards it.
import type { PoolEntryFact, PoolReviewFact, Readiness } from "../model/pool-facts";
import type { PoolRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { PoolContext } from "./pool-context";
import { poolRow } from "./pool-context";

/** The readiness recorded at the entry's latest review on or before asOf (null: none). */
export function readinessOn(entry: Pick<PoolEntryFact, "readiness">, asOf: Date): Readiness | null {
  let best: { t: number; r: Readiness | null } | null = null;
  for (const f of entry.readiness ?? []) {
    const t = f.reviewedOn.getTime();
    if (t <= asOf.getTime() && (best == null || t > best.t)) best = { t, r: f.readiness };
  }
  return best?.r ?? null;
}

/**
 * The entries with their reviews' readiness attached (each entry's reviews by date), for loaders
 * that read reviews apart from entries (the dashboard's SQL facts and its incremental merge): the
 * same `readiness` the per-entry loader gives. New entry objects; the given ones are not changed.
 */
export function withReadiness(entries: readonly PoolEntryFact[], reviews: readonly PoolReviewFact[]): PoolEntryFact[] {
  const byEntry = new Map<string, { reviewedOn: Date; readiness: Readiness | null }[]>();
  for (const r of reviews) {
    const list = byEntry.get(r.poolEntryId);
    const fact = { reviewedOn: r.reviewedOn, readiness: r.readiness ?? null };
    if (list) list.push(fact);
    else byEntry.set(r.poolEntryId, [fact]);
  }
  for (const list of byEntry.values()) list.sort((a, b) => a.reviewedOn.getTime() - b.reviewedOn.getTime());
  return entries.map((e) => ({ ...e, readiness: byEntry.get(e.id) ?? [] }));
}

export function readinessRows(ctx: PoolContext): PoolRow[] {
  const entries = ctx.day.entries;
  if (!ruleOn(ctx.profile, "DP-POOL-READY") || !entries.some((e) => e.readiness !== undefined)) return [];
  return [
    poolRow(ctx, {
      key: "DP-POOL-READY",
      ruleId: "DP-POOL-READY",
      label: "年度研判为“近期可提拔”的人选",
      items: ctx.day.active,
      counts: (k) => readinessOn(entries[k], ctx.asOf) === "NEAR_TERM",
      goal: { kind: "ratio", ratio: ctx.profile.params.dp.pool.readyMinRatio, word: "不低于" },
      trackLacking: false,
    }),
  ];
}
