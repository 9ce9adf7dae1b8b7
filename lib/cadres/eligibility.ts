// The eligibility panel's content: evaluateCandidate for each pool tier and each other target
// the active profile has rules for, on one reference date, with the source text of every rule
// cited. Pure, so the profile page and the pool-entry dialog compute it the same way.
import {
  evaluateCandidate,
  explain,
  POOL_TIERS,
  targetLabel,
  type CadreFacts,
  type CandidateTarget,
  type Explanation,
  type ResolvedProfile,
  type Verdict,
} from "@/lib/rules";

// Checks that apply to every target (考察对象 exclusions, personal-matters reports, recorded
// problems). A target whose verdict cites nothing else has no rules of its own in the profile.
const COMMON_RULES = new Set(["ZZ15-EXCL", "ZZ15-PMR", "D20-MGMT-RECORD", "D20-MGMT-ERROR-TOLERANCE"]);

export const ALL_TARGETS: readonly CandidateTarget[] = [
  ...POOL_TIERS.map((tier) => ({ kind: "POOL", tier }) as const),
  { kind: "PROMOTION", rank: "DIVISION_PRINCIPAL" },
  { kind: "PROMOTION", rank: "DIVISION_DEPUTY" },
  { kind: "PROMOTION", rank: "SECTION_PRINCIPAL" },
  { kind: "PROMOTION", rank: "SECTION_DEPUTY" },
  { kind: "TRANSFER_IN" },
  { kind: "TOWNSHIP_UP", level: "PROVINCIAL" },
  { kind: "TOWNSHIP_UP", level: "CITY" },
  { kind: "TOWNSHIP_UP", level: "CITY", route: "HEAD" },
  { kind: "DUNMIAO", role: "SECRETARY" },
  { kind: "DUNMIAO", role: "HEAD" },
  { kind: "DUNMIAO", role: "DEPUTY_SECRETARY" },
];

export interface TargetVerdict {
  key: string;
  label: string;
  target: CandidateTarget;
  verdict: Verdict;
}

export interface EligibilityReport {
  asOf: Date;
  profileKey: string;
  profileName: string;
  targets: TargetVerdict[];
  /** explain() of every rule id cited, for the rule-id popovers */
  explanations: Record<string, Explanation>;
}

export function targetKey(t: CandidateTarget): string {
  return Object.values(t).join(":");
}

export function evaluateEligibility(
  facts: CadreFacts,
  profile: ResolvedProfile,
  asOf: Date,
  targets: readonly CandidateTarget[] = ALL_TARGETS,
): EligibilityReport {
  const out: TargetVerdict[] = [];
  const explanations: Record<string, Explanation> = {};
  for (const target of targets) {
    const verdict = evaluateCandidate(facts, target, profile, asOf);
    if (!verdict.checks.some((c) => !COMMON_RULES.has(c.ruleId))) continue;
    out.push({ key: targetKey(target), label: targetLabel(target), target, verdict });
    for (const c of verdict.checks) explanations[c.ruleId] ??= explain(c.ruleId);
  }
  return { asOf, profileKey: profile.key, profileName: profile.name, targets: out, explanations };
}
