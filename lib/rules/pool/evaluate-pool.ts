// evaluatePool: every structure rule of the profile over the entries active on asOf, each row
// with its target, actual, status and the entries that count (for drill-down).
import type { PoolEntryFact } from "../model/pool-facts";
import type { PoolRow } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import type { AgeBand } from "./age-bands";
import { ageBands } from "./age-bands";
import { d20PoolRows } from "./d20-structure";
import { buildPoolDay } from "./entry-info";
import type { PoolContext } from "./pool-context";
import { readinessRows } from "./readiness";
import { ss12PoolRows } from "./ss12-structure";

export interface PoolReport {
  profileKey: string;
  asOf: Date;
  /** entries active on asOf */
  activeCount: number;
  rows: PoolRow[];
  /** age pyramid of the active entries, by gender */
  ageBands: AgeBand[];
}

export function evaluatePool(entries: readonly PoolEntryFact[], profile: ResolvedProfile, asOf: Date): PoolReport {
  const ctx: PoolContext = { profile, asOf, day: buildPoolDay(entries, profile, asOf) };
  return {
    profileKey: profile.key,
    asOf,
    activeCount: ctx.day.active.length,
    rows: [...d20PoolRows(ctx), ...ss12PoolRows(ctx), ...readinessRows(ctx)],
    ageBands: ageBands(ctx.day),
  };
}
