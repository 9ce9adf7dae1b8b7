// The one way to build a check outside a candidate evaluation: severity comes from the profile.
import type { Check, CheckValue } from "../model/results";
import { severityOf } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";

export function ruleCheck(
  profile: ResolvedProfile,
  ruleId: RuleId,
  passed: boolean,
  message: string,
  values: Record<string, CheckValue> = {},
): Check {
  return { ruleId, severity: severityOf(profile, ruleId), passed, message, values };
}
