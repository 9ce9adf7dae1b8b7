// Small shared pieces of the report builders: rows grouped by unit type (the district) or one
// per unit (a unit type), and column sums.
import { unitTypeLabel, type UnitType } from "@/lib/rules";
import type { Cell } from "./model";
import type { Team } from "./teams-of";

export function sumColumns(rows: readonly number[][], width: number): number[] {
  const out = new Array<number>(width).fill(0);
  for (const r of rows) for (let i = 0; i < width; i++) out[i] += r[i] ?? 0;
  return out;
}

/**
 * Figures per row of the table: for the district one row per unit type (its teams' figures
 * summed), for a unit type one row per unit; then the 合计 row.
 */
export function byScope(
  teams: readonly Team[],
  unitType: UnitType | null,
  figures: (t: Team) => number[],
  width: number,
): { rows: Cell[][]; totals: Cell[][] } {
  const per = teams.map((t) => ({ team: t, f: figures(t) }));
  let rows: Cell[][];
  if (unitType) {
    rows = per.map(({ team, f }) => [team.unit.name, ...f]);
  } else {
    const groups = new Map<string, number[][]>();
    for (const { team, f } of per) {
      const list = groups.get(team.unit.type) ?? [];
      list.push(f);
      groups.set(team.unit.type, list);
    }
    rows = [...groups.entries()].map(([type, fs]) => [unitTypeLabel[type as UnitType], ...sumColumns(fs, width)]);
  }
  const total = sumColumns(
    per.map((p) => p.f),
    width,
  );
  return { rows, totals: [["合计", ...total]] };
}

export const scopeHeader = (unitType: UnitType | null) => (unitType ? "单位" : "单位类别");
