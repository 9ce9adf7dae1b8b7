import "server-only";
import { explain, type KjUnitDetail, type TargetRow } from "@/lib/rules";
import type { TargetView } from "@/lib/dashboard/model";
import type { Lookup } from "./lookup";

/** Items listed per drill-down list; the total is always shown beside it. */
export const DRILL_LIMIT = 60;

function kjDetails(row: TargetRow): Map<string, KjUnitDetail> | undefined {
  const units = row.details?.units as KjUnitDetail[] | undefined;
  return units ? new Map(units.map((u) => [u.unitId, u])) : undefined;
}

/** The cadres whose names the drill-down lists of these rows show. */
export function cadreIdsOfRows(rows: readonly TargetRow[], lookup: Lookup): string[] {
  const out: string[] = [];
  for (const r of rows) {
    for (const id of [...r.lackingIds.slice(0, DRILL_LIMIT), ...r.ids.slice(0, DRILL_LIMIT)])
      out.push(...lookup.cadreIdsOf(r.subject, id));
  }
  return out;
}

export function toTargetView(row: TargetRow, lookup: Lookup, names: Map<string, string>): TargetView {
  const rule = explain(row.ruleId);
  const kj = kjDetails(row);
  const items = (ids: string[]) =>
    ids.slice(0, DRILL_LIMIT).map((id) => lookup.item(row.subject, id, row.ruleId, names, kj));
  return {
    key: row.key,
    ruleId: row.ruleId,
    ruleTitle: rule.title,
    ruleSource: `${rule.source}${rule.clause ? ` ${rule.clause}` : ""}`,
    label: row.label,
    status: row.status,
    hard: row.severity === "hard",
    description: row.target.description,
    targetCount: row.target.count,
    metAt: row.target.metAt,
    n: row.target.n,
    actualCount: row.actual.count,
    actualRatio: row.actual.ratio,
    message: row.message,
    subject: row.subject,
    lacking: items(row.lackingIds),
    lackingTotal: row.lackingIds.length,
    counted: items(row.ids),
    countedTotal: row.ids.length,
  };
}
