// Quick look-ups on a resolved profile: is a rule on, and how severe is it.
import type { Severity } from "../model/results";
import type { RuleId } from "../registry/rule-ids";
import type { ResolvedProfile } from "./types";

const ruleSets = new WeakMap<ResolvedProfile, ReadonlySet<RuleId>>();

export function ruleOn(profile: ResolvedProfile, ruleId: RuleId): boolean {
  let set = ruleSets.get(profile);
  if (!set) {
    set = new Set(profile.rules);
    ruleSets.set(profile, set);
  }
  return set.has(ruleId);
}

export function severityOf(profile: ResolvedProfile, ruleId: RuleId): Severity {
  return profile.severity[ruleId];
}
