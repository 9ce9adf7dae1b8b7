// The staffing targets before → after a plan, row by row (same keys on both sides: a plan
// changes who holds posts, never which targets the profile sets), with the ids that start or
// stop counting — read only for the rows whose figure or status changed. Pure.
import type { RowTarget, TargetRow, TargetStatus } from "@/lib/rules";

export interface TargetSide {
  count: number;
  ratio: number | null;
  status: TargetStatus;
  message: string;
}

export interface TargetChange {
  key: string;
  ruleId: TargetRow["ruleId"];
  label: string;
  severity: TargetRow["severity"];
  subject: TargetRow["subject"];
  target: RowTarget;
  before: TargetSide;
  after: TargetSide;
  changed: boolean;
  /** ids counting after the plan and not before (streets, posts, cadres …) */
  gained: string[];
  lost: string[];
}

const side = (r: TargetRow): TargetSide => ({
  count: r.actual.count,
  ratio: r.actual.ratio,
  status: r.status,
  message: r.message,
});

export function diffTargets(before: readonly TargetRow[], after: readonly TargetRow[]): TargetChange[] {
  const afterByKey = new Map(after.map((r) => [r.key, r]));
  return before.map((b) => {
    const a = afterByKey.get(b.key) ?? b;
    const changed = a.actual.count !== b.actual.count || a.status !== b.status || a.target.count !== b.target.count;
    let gained: string[] = [];
    let lost: string[] = [];
    if (changed) {
      const was = new Set(b.ids);
      const is = new Set(a.ids);
      gained = a.ids.filter((id) => !was.has(id));
      lost = b.ids.filter((id) => !is.has(id));
    }
    return {
      key: b.key,
      ruleId: b.ruleId,
      label: b.label,
      severity: b.severity,
      subject: b.subject,
      target: a.target,
      before: side(b),
      after: side(a),
      changed,
      gained,
      lost,
    };
  });
}
