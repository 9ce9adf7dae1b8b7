import "server-only";
// Which posts form a unit's 领导班子, as the team page (unit-team.ts) and the staffing targets
// (teamHolders) read it: its leadership posts at the 处级 level where it has any, otherwise its
// 科级 leadership posts — and then the unit's 科级领导职数 is the team's 职数.
import type { TeamPostFact, UnitFact } from "@/lib/rules";

const DIVISION: ReadonlySet<string> = new Set(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]);

export function teamOf(
  unit: UnitFact,
  leadership: TeamPostFact[],
): { posts: TeamPostFact[]; establishment: number | null } {
  const divisional = leadership.some((p) => DIVISION.has(p.rank));
  if (divisional) return { posts: leadership.filter((p) => DIVISION.has(p.rank)), establishment: null };
  return { posts: leadership, establishment: unit.sectionLeaderPostCount > 0 ? unit.sectionLeaderPostCount : null };
}

export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
