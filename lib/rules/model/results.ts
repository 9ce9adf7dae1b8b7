// Result shapes. Every verdict and every figure carries the rule id that produced it, so a
// reviewer can go from a red light straight to the clause (explain(ruleId)).
import type { RuleId } from "../registry/rule-ids";

export type Severity = "hard" | "soft";

export type CheckValue = string | number | boolean | null;

export interface Check {
  ruleId: RuleId;
  /** hard: a failure makes the cadre ineligible; soft: a warning an officer may override. */
  severity: Severity;
  passed: boolean;
  /** Chinese, with the numbers, e.g. "副处级年轻干部年龄应不超过40岁，该同志现年41岁（截至2026年6月30日）" */
  message: string;
  values: Record<string, CheckValue>;
  /**
   * The target cannot apply to this cadre (a promotion to a level already held or passed, a
   * tier below the rank held): 不适用, not 不符合. Such a check has passed false, is never
   * counted as a hard failure or a warning, and makes the verdict NOT_APPLICABLE.
   */
  notApplicable?: boolean;
}

/** 符合 / 符合（有提示）/ 不符合 / 不适用 */
export type VerdictOutcome = "ELIGIBLE" | "WARNINGS" | "INELIGIBLE" | "NOT_APPLICABLE";

export interface Verdict {
  /** false when a hard check failed or the target does not apply; soft failures are warnings. */
  eligible: boolean;
  outcome: VerdictOutcome;
  checks: Check[];
  hardFailures: number;
  warnings: number;
  profileKey: string;
  asOf: Date;
}

/** INFO: a figure the document reports without a target (shown, never coloured red). */
export type TargetStatus = "MET" | "NOT_MET" | "AT_RISK" | "INFO";

/** What the ids of a row refer to, so a dashboard knows where to drill down. */
export type RowSubject = "ENTRY" | "UNIT" | "POST" | "PROMOTION" | "CADRE" | "HIRE" | "PRACTICE";

export interface RowTarget {
  /** the document's ratio (e.g. 0.4 for 2/5); null for an absolute count */
  ratio: number | null;
  /** the count to reach: ceil(ratio × n), a pinned count, or the absolute target */
  count: number;
  /** the base the ratio applies to (number of streets, posts, entries …) */
  n: number;
  /** lowest actual count that is met (below `count` only for "N左右" targets) */
  metAt: number;
  /** Chinese description of the target, e.g. "超过2/5（12个街道中至少5个）" */
  description: string;
}

export interface RowActual {
  count: number;
  /** count / n when n > 0 */
  ratio: number | null;
}

export interface TargetRow {
  /** unique within one result list: ruleId plus a qualifier (tier, domain, sub-target) */
  key: string;
  ruleId: RuleId;
  label: string;
  severity: Severity;
  target: RowTarget;
  actual: RowActual;
  status: TargetStatus;
  subject: RowSubject;
  /** ids that count towards `actual` */
  ids: string[];
  /** ids that are in the base but do not count (the streets still lacking, over-age entries …) */
  lackingIds: string[];
  /** Chinese summary with the numbers */
  message: string;
  /** optional per-item detail (deadlines, sub-counts) */
  details?: Record<string, unknown>;
}

export interface PoolRow extends TargetRow {
  /** same array as `ids`: the entries that count */
  entryIds: string[];
}
