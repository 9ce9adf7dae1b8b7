// Age distribution of the active pool by gender, for the dashboard's age pyramid. Bands are
// closed on the right: with edges [30, 35] the bands are ≤30, 31–35, ≥36.
import { FEMALE } from "./compact-entries";
import type { PoolDay } from "./entry-info";

export interface AgeBand {
  label: string;
  min: number | null;
  max: number | null;
  male: number;
  female: number;
}

export function ageBands(day: PoolDay, edges: readonly number[] = [30, 35, 40, 45]): AgeBand[] {
  const bands: AgeBand[] = [];
  let prev: number | null = null;
  for (const e of edges) {
    bands.push({
      label: prev == null ? `${e}岁及以下` : `${prev + 1}—${e}岁`,
      min: prev == null ? null : prev + 1,
      max: e,
      male: 0,
      female: 0,
    });
    prev = e;
  }
  bands.push({ label: `${(prev ?? 0) + 1}岁及以上`, min: (prev ?? 0) + 1, max: null, male: 0, female: 0 });
  const flags = day.compact.flags;
  for (const i of day.active) {
    const age = day.age[i];
    let k = edges.findIndex((e) => age <= e);
    if (k < 0) k = edges.length;
    if (flags[i] & FEMALE) bands[k].female++;
    else bands[k].male++;
  }
  return bands;
}
