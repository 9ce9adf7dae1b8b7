// Five-year age bands of a team (35岁及以下 … 56岁及以上): the 年龄梯次 of the team page and of
// the team analysis. Shared with lib/units/team-structure.ts.
import type { AgeBandCount } from "./types";

const EDGES = [35, 40, 45, 50, 55];

export function bandLabels(edges: readonly number[] = EDGES): string[] {
  const labels = [`${edges[0]}岁及以下`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1] + 1}—${edges[i]}岁`);
  labels.push(`${edges[edges.length - 1] + 1}岁及以上`);
  return labels;
}

export function ageBands(ages: readonly number[]): AgeBandCount[] {
  const bands = bandLabels().map((label) => ({ label, count: 0 }));
  for (const age of ages) {
    const k = EDGES.findIndex((e) => age <= e);
    bands[k < 0 ? EDGES.length : k].count++;
  }
  return bands;
}

export function averageAge(ages: readonly number[]): number | null {
  return ages.length ? Math.round((ages.reduce((s, a) => s + a, 0) / ages.length) * 10) / 10 : null;
}
