import "server-only";
// The check a 墩苗 posting passes before it is saved: evaluateCandidate with the target
// { kind: "DUNMIAO", role } on the posting's start date (the age and rank at selection), with
// the active profile extended by SX-DOWN-* when it lacks them (profile-overlay.ts). Hard
// failures block the posting; warnings (soft rules such as D20-MGMT-RECORD) need a reason.
import { evaluateCandidate, explain, type DunmiaoRole, type RuleId } from "@/lib/rules";
import type { InfoSet } from "@/lib/authz/clearance";
import { redactChecks } from "@/lib/cadres/labelled-checks";
import { loadCadreFacts } from "@/lib/server/facts";
import { NotFoundError } from "@/lib/errors/user-facing";
import { getDunmiaoProfile } from "./growth-profile";

export interface CheckLine {
  ruleId: RuleId;
  title: string;
  severity: "hard" | "soft";
  passed: boolean;
  message: string;
}

export interface DunmiaoCheck {
  /** "BLOCKED": a hard rule failed; "NEEDS_REASON": warnings without a reason; "OK" */
  outcome: "OK" | "BLOCKED" | "NEEDS_REASON";
  lines: CheckLine[];
  profileName: string;
  /** SX-DOWN rules added to the active profile for this check */
  addedRules: RuleId[];
}

/**
 * `cadreId` must already have been read through the actor's scope. `withheld`: the labelled
 * sets the actor may not read (withheldFor(actor)); a line drawn from one keeps its verdict only.
 */
export async function checkDunmiao(
  cadreId: string,
  role: DunmiaoRole,
  asOf: Date,
  overrideReason: string | null,
  withheld: readonly InfoSet[] = [],
): Promise<DunmiaoCheck> {
  const { profile, added, activeName } = await getDunmiaoProfile();
  const facts = (await loadCadreFacts([cadreId])).get(cadreId);
  if (!facts) throw new NotFoundError("干部");
  const verdict = evaluateCandidate(facts, { kind: "DUNMIAO", role }, profile, asOf);
  const lines = redactChecks(verdict.checks, withheld).checks.map((c) => ({
    ruleId: c.ruleId,
    title: explain(c.ruleId).title,
    severity: c.severity,
    passed: c.passed,
    message: c.message,
  }));
  const outcome =
    verdict.hardFailures > 0 ? "BLOCKED" : verdict.warnings > 0 && !overrideReason ? "NEEDS_REASON" : "OK";
  return { outcome, lines, profileName: activeName, addedRules: added };
}

/** What the audit row keeps of a check: the outcome and the rules that failed. */
export function checkSummary(c: DunmiaoCheck) {
  return { outcome: c.outcome, profile: c.profileName, failed: c.lines.filter((l) => !l.passed).map((l) => l.ruleId) };
}
