// evaluateCandidate: the explained verdict for one cadre and one target on asOf. Only rules the
// profile switches on are checked; a failed soft check is a warning, never ineligibility.
import type { CadreFacts } from "../model/cadre-facts";
import type { Check, Verdict } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { managementRecordCheck, pmrCheck } from "./conduct";
import type { CandidateContext } from "./context";
import { makeContext } from "./context";
import { dunmiaoChecks } from "./dunmiao-rules";
import { exclusionChecks, toleranceChecks } from "./exclusions";
import { d20TierChecks } from "./pool-tier-rules";
import { promotionChecks } from "./promotion-rules";
import { reserveChecks } from "./reserve-rules";
import type { CandidateTarget } from "./targets";
import { townshipUpChecks } from "./township-up-rules";
import { transferChecks } from "./transfer-rules";

function targetChecks(ctx: CandidateContext, target: CandidateTarget): Check[] {
  switch (target.kind) {
    case "POOL":
      if (target.tier === "PRINCIPAL_RESERVE") return reserveChecks(ctx, true);
      if (target.tier === "DEPUTY_RESERVE") return reserveChecks(ctx, false);
      return d20TierChecks(ctx, target.tier);
    case "PROMOTION":
      return promotionChecks(ctx, target.rank);
    case "TRANSFER_IN":
      return transferChecks(ctx);
    case "TOWNSHIP_UP":
      return townshipUpChecks(ctx, target.level, target.route ?? "SECRETARY");
    case "DUNMIAO":
      return dunmiaoChecks(ctx, target.role);
  }
}

export function evaluateCandidate(
  facts: CadreFacts,
  target: CandidateTarget,
  profile: ResolvedProfile,
  asOf: Date,
): Verdict {
  const ctx = makeContext(facts, profile, asOf);
  const own = targetChecks(ctx, target);
  // A target that cannot apply is answered by its 不适用 check alone: the exclusions and the
  // other conditions of a promotion the cadre already has say nothing useful.
  const notApplicable = own.filter((c) => c.notApplicable);
  if (notApplicable.length > 0) {
    return {
      eligible: false,
      outcome: "NOT_APPLICABLE",
      checks: notApplicable,
      hardFailures: 0,
      warnings: 0,
      profileKey: profile.key,
      asOf,
    };
  }
  const checks = [
    ...own,
    // The 考察对象 exclusions and the report check apply to every target.
    ...exclusionChecks(ctx),
    ...pmrCheck(ctx),
    ...managementRecordCheck(ctx),
    ...toleranceChecks(ctx),
  ];
  let hardFailures = 0;
  let warnings = 0;
  for (const c of checks) {
    if (c.passed) continue;
    if (c.severity === "hard") hardFailures++;
    else warnings++;
  }
  const outcome = hardFailures > 0 ? "INELIGIBLE" : warnings > 0 ? "WARNINGS" : "ELIGIBLE";
  return { eligible: hardFailures === 0, outcome, checks, hardFailures, warnings, profileKey: profile.key, asOf };
}
