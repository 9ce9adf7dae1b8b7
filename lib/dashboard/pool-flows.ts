// Entries into and exits from the pool per calendar year: the dashboard's 进出与使用 and the
// 优秀年轻干部库结构 report read the same count. Pure.
import { compactEntries, type PoolEntryFact } from "@/lib/rules";

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

/**
 * Entries into and exits from the pool per calendar year, up to asOf: read from the entries'
 * compact arrays (lib/rules/pool/compact-entries.ts), the year found among the window's first
 * days rather than a Date made per entry.
 */
export function poolFlows(entries: readonly PoolEntryFact[], asOf: Date): PoolFlowYear[] {
  const t = asOf.getTime();
  const years = yearsUpTo(asOf, FLOW_YEARS).map((year) => ({ year, entries: 0, exits: 0 }));
  // starts[i]: 1 January of years[i]; starts[n]: 1 January after the last
  const starts = [...years.map((y) => Date.UTC(y.year, 0, 1)), Date.UTC(years[years.length - 1].year + 1, 0, 1)];
  const yearOf = (x: number) => {
    if (x < starts[0] || x >= starts[years.length]) return null;
    let i = 0;
    while (x >= starts[i + 1]) i++;
    return years[i];
  };
  const c = compactEntries(entries);
  for (let k = 0; k < entries.length; k++) {
    const entered = c.enteredOn[k];
    if (entered <= t) {
      const y = yearOf(entered);
      if (y) y.entries++;
    }
    const closed = c.closedOn[k];
    if (closed <= t) {
      const y = yearOf(closed);
      if (y) y.exits++;
    }
  }
  return years;
}
