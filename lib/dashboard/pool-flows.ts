// Entries into and exits from the pool per calendar year: the dashboard's 进出与使用 and the
// 优秀年轻干部库结构 report read the same count. Pure.
import type { PoolEntryFact } from "@/lib/rules";

export interface PoolFlowYear {
  year: number;
  entries: number;
  exits: number;
}

export const FLOW_YEARS = 6;
export function yearsUpTo(asOf: Date, n: number): number[] {
  const last = asOf.getUTCFullYear();
  return Array.from({ length: n }, (_, i) => last - n + 1 + i);
}

/** Entries into and exits from the pool per calendar year, up to asOf. */
export function poolFlows(entries: readonly PoolEntryFact[], asOf: Date): PoolFlowYear[] {
  const t = asOf.getTime();
  const years = yearsUpTo(asOf, FLOW_YEARS).map((year) => ({ year, entries: 0, exits: 0 }));
  const byYear = new Map(years.map((y) => [y.year, y]));
  for (const e of entries) {
    if (e.enteredOn.getTime() <= t) {
      const y = byYear.get(e.enteredOn.getUTCFullYear());
      if (y) y.entries++;
    }
    if (e.closedOn && e.closedOn.getTime() <= t) {
      const y = byYear.get(e.closedOn.getUTCFullYear());
      if (y) y.exits++;
    }
  }
  return years;
}
