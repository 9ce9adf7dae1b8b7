// What the roster's batch actions (issue 24 item 4) share between the server and the browser:
// how many cadres each may take at once, and the Chinese words of a batch 入库's outcomes.
import { MAX_BULK_ATTENDEES } from "@/lib/validation/development/training";

/**
 * Caps per action. 50 任免审批表 render in one PDF well inside the print timeout (npm run
 * bench:print: 50 forms ≤ 30 s); 100 入库 verdicts are about as many as one person reviews in
 * one result list; a training takes what its own picker takes.
 */
export const ROSTER_BATCH_CAPS = { print: 50, pool: 100, training: MAX_BULK_ATTENDEES } as const;

export const BATCH_POOL_OUTCOMES = [
  "ENTERED",
  "ALREADY_IN",
  "INELIGIBLE",
  "NOT_APPLICABLE",
  "NEEDS_REASON",
  "ERROR",
] as const;
export type BatchPoolOutcome = (typeof BATCH_POOL_OUTCOMES)[number];

export const batchPoolOutcomeLabel: Record<BatchPoolOutcome, string> = {
  ENTERED: "已入库",
  ALREADY_IN: "已在库",
  INELIGIBLE: "不符合",
  NOT_APPLICABLE: "不适用",
  NEEDS_REASON: "有提示，未入库",
  ERROR: "未办理",
};

export interface BatchPoolRow {
  cadreId: string;
  name: string;
  unit: string;
  outcome: BatchPoolOutcome;
  /** the pool entry written (ENTERED) */
  entryId: string | null;
  /** the sentence the single 入库 form would show */
  message: string;
  /** the checks that decided a refusal, each with its rule id */
  reasons: { ruleId: string; message: string }[];
}

export interface BatchPoolResult {
  rows: BatchPoolRow[];
  /** ticked cadres the server did not find in the actor's scope and the filter */
  notFound: number;
}

/** "已入库 3 人，不符合 2 人，已在库 1 人" — the notice above the per-person list. */
export function batchPoolSummary(r: BatchPoolResult): string {
  const counts = new Map<BatchPoolOutcome, number>();
  for (const row of r.rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  const parts = BATCH_POOL_OUTCOMES.filter((o) => counts.get(o)).map(
    (o) => `${batchPoolOutcomeLabel[o]} ${counts.get(o)} 人`,
  );
  if (r.notFound) parts.push(`${r.notFound} 人不在当前范围内，未办理`);
  return parts.join("，");
}
