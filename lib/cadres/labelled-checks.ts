// Security labels on verdicts: a rule that reads a labelled set still gives its verdict and
// rule id to a reader not cleared for the set (the decision is the organisation's and the rule
// is public), but not the record behind it — the message and the check's values are replaced.
// Pure, so the profile page, the pool pages, nominations and 墩苗 redact the same way.
import { INFO_SETS, type InfoSet } from "@/lib/authz/clearance";
import type { Check, Verdict } from "@/lib/rules";
import type { EligibilityReport } from "./eligibility";

/** The labelled set a check's message is drawn from, or null for a check on general facts. */
export function checkSet(check: Pick<Check, "ruleId" | "values">): InfoSet | null {
  const v = check.values;
  switch (check.ruleId) {
    case "ZZ15-EXCL":
      // exclusionChecks tags each situation with its reason
      if (v.reason === "ASSESSMENT") return "assessmentConclusions";
      if (v.reason === "SANCTION") return "sanctions";
      if (v.reason === "FAMILY_ABROAD") return "familyAbroad";
      return null;
    case "ZZ15-PMR":
      return "personalMatters";
    case "SS12-FAST-TRACK": // 年度考核连续N年优秀
    case "WS-ASSESS": // the year's grade recorded or not
      return "assessmentConclusions";
    case "SX-UP-ELIG":
      // the assessment check of 选上来 carries `years`; its health check does not
      return "years" in v ? "assessmentConclusions" : null;
    case "WS-POOL-DYNAMIC":
      // 状态滑坡 (grade fell) carries `year`; "no longer meets the conditions" names rule ids only
      return "year" in v ? "assessmentConclusions" : null;
    case "D20-MGMT-ERROR-TOLERANCE":
      // counts tolerated sanctions together with talks
      return "sanctions";
    default:
      return null;
  }
}

export function redactedMessage(set: InfoSet, passed: boolean): string {
  return `${passed ? "符合" : "不符合"}（依据“${INFO_SETS[set].label}”判定；您的密级不足，不显示具体情况）`;
}

export interface RedactedChecks<C> {
  checks: C[];
  /** the withheld sets some check was drawn from: what the caller audits as refused */
  redacted: InfoSet[];
}

export function redactChecks<C extends Check>(checks: readonly C[], withheld: readonly InfoSet[]): RedactedChecks<C> {
  const redacted = new Set<InfoSet>();
  const out = checks.map((c) => {
    const set = checkSet(c);
    if (!set || !withheld.includes(set)) return c;
    redacted.add(set);
    return { ...c, message: c.notApplicable ? c.message : redactedMessage(set, c.passed), values: {} };
  });
  return { checks: out, redacted: [...redacted] };
}

function redactVerdict(verdict: Verdict, withheld: readonly InfoSet[]): RedactedChecks<Check> & { verdict: Verdict } {
  const r = redactChecks(verdict.checks, withheld);
  return { ...r, verdict: { ...verdict, checks: r.checks } };
}

export function redactReport(
  report: EligibilityReport,
  withheld: readonly InfoSet[],
): { report: EligibilityReport; redacted: InfoSet[] } {
  const redacted = new Set<InfoSet>();
  const targets = report.targets.map((t) => {
    const r = redactVerdict(t.verdict, withheld);
    r.redacted.forEach((s) => redacted.add(s));
    return { ...t, verdict: r.verdict };
  });
  return { report: { ...report, targets }, redacted: [...redacted] };
}
