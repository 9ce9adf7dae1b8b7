// The dashboard page ships each target row's figures; the units, posts or people behind a
// figure (up to 60 of each list, ≈ 80 % of the model at 100,000 cadres) are fetched when a
// leader opens the row, from the same computed model (lib/server/dashboard/drill.ts).
import type { DashboardModel, DrillLists, DrillTable, PoolView, TargetSummary, TargetView } from "./model";

export function summarize(rows: readonly TargetView[]): TargetSummary[] {
  return rows.map((r) => ({
    key: r.key,
    ruleId: r.ruleId,
    ruleTitle: r.ruleTitle,
    ruleSource: r.ruleSource,
    label: r.label,
    status: r.status,
    hard: r.hard,
    description: r.description,
    targetCount: r.targetCount,
    metAt: r.metAt,
    n: r.n,
    actualCount: r.actualCount,
    actualRatio: r.actualRatio,
    message: r.message,
    subject: r.subject,
    lackingTotal: r.lackingTotal,
    countedTotal: r.countedTotal,
  }));
}

function tableRows(m: DashboardModel, table: DrillTable): TargetView[] {
  return table === "targets" ? m.targets : m.pool.rows;
}

/** The lists behind row `key` of `table`, or null when the model has no such row. */
export function drillLists(m: DashboardModel, table: DrillTable, key: string): DrillLists | null {
  const row = tableRows(m, table).find((r) => r.key === key);
  return row
    ? { lacking: row.lacking, lackingTotal: row.lackingTotal, counted: row.counted, countedTotal: row.countedTotal }
    : null;
}

/** The pool's charts and figures without its target rows (those go to a TargetsTable as summaries). */
export function poolCharts(pool: PoolView): Omit<PoolView, "rows"> {
  const {
    activeCount,
    tiers,
    women,
    minority,
    nonParty,
    education,
    fullTimeBachelor,
    domains,
    ageBands,
    agingOut,
    agingOutTotal,
  } = pool;
  return {
    activeCount,
    tiers,
    women,
    minority,
    nonParty,
    education,
    fullTimeBachelor,
    domains,
    ageBands,
    agingOut,
    agingOutTotal,
  };
}
