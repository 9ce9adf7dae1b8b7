// A policy profile: which rules apply and with which parameters. Presets and district profiles
// share this shape; `extends` names the profile whose rules and parameters are inherited.
import type { Severity } from "../model/results";
import type { RuleId } from "../registry/rule-ids";
import type { PolicyParams } from "./params";

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export interface ProfileDefinition {
  key: string;
  name: string;
  description?: string;
  /** key of the profile to inherit from (a preset or another district profile) */
  extends?: string | null;
  /** rule ids switched on in addition to the inherited ones */
  enable?: readonly string[];
  /** rule ids switched off */
  disable?: readonly string[];
  /** per-rule severity overrides (e.g. make a "一般应当" rule hard) */
  severity?: Readonly<Partial<Record<string, Severity>>>;
  /** parameter overrides, deep-merged over the inherited ones (arrays replace) */
  params?: DeepPartial<PolicyParams>;
}

export interface ResolvedProfile {
  key: string;
  name: string;
  description: string;
  /** the extends chain from the root preset to this profile */
  chain: string[];
  /** rules that apply, in docs/policy-rules.md order */
  rules: RuleId[];
  severity: Record<RuleId, Severity>;
  params: PolicyParams;
}

export interface ProfileIssue {
  /** dotted path of the bad field, e.g. "params.d20.ages.divisionDeputyMax" */
  path: string;
  label: string | null;
  ruleIds: RuleId[];
  /** Chinese, naming the field: what is wrong and where */
  message: string;
}

export class ProfileValidationError extends Error {
  readonly issues: ProfileIssue[];
  constructor(profileKey: string, issues: ProfileIssue[]) {
    super(`政策配置“${profileKey}”无效：${issues.map((i) => i.message).join("；")}`);
    this.name = "ProfileValidationError";
    this.issues = issues;
  }
}
