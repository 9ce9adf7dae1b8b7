// explain(ruleId): the rule's Chinese text, its source document and clause, and the profile
// parameters that feed it — what the UI shows when a user clicks a rule id.
import type { Severity } from "../model/results";
import { PARAM_META } from "../profiles/params";
import { D20_CATALOG } from "./catalog-d20";
import type { RuleEntry } from "./catalog-types";
import { DP_CATALOG } from "./catalog-dp";
import { SOURCES } from "./catalog-types";
import { SS12_CATALOG, WS_CATALOG } from "./catalog-ws-ss12";
import { NAT_CATALOG, SX_CATALOG } from "./catalog-sx-nat";
import { ZZ15_CATALOG } from "./catalog-zz15";
import type { RuleId } from "./rule-ids";
import { isRuleId, presetOfRule, RULE_IDS } from "./rule-ids";

/** Typed so that a missing or misspelt id fails to compile. */
export const RULE_CATALOG: Readonly<Record<RuleId, RuleEntry>> = {
  ...D20_CATALOG,
  ...WS_CATALOG,
  ...SS12_CATALOG,
  ...ZZ15_CATALOG,
  ...SX_CATALOG,
  ...NAT_CATALOG,
  ...DP_CATALOG,
};

export interface Explanation {
  ruleId: RuleId;
  title: string;
  text: string;
  /** title of the source document */
  source: string;
  /** file name of the original (docs/policy-rules.md names it; empty for the national regulation) */
  sourceFile: string;
  clause: string;
  preset: string;
  defaultSeverity: Severity;
  implementedBy: string[];
  /** dotted paths of the profile parameters that feed this rule */
  params: string[];
}

const paramsByRule = new Map<RuleId, string[]>();
for (const [path, meta] of Object.entries(PARAM_META)) {
  for (const id of meta.ruleIds) {
    const list = paramsByRule.get(id) ?? [];
    list.push(path);
    paramsByRule.set(id, list);
  }
}

export function explain(ruleId: RuleId | string): Explanation {
  if (!isRuleId(ruleId)) throw new Error(`未知规则编号：${ruleId}`);
  const entry = RULE_CATALOG[ruleId];
  const preset = presetOfRule(ruleId);
  const source = SOURCES[preset];
  return {
    ruleId,
    title: entry.title,
    text: entry.text,
    source: source.title,
    sourceFile: source.file,
    clause: entry.clause,
    preset,
    defaultSeverity: entry.severity,
    implementedBy: [...entry.implementedBy],
    params: [...(paramsByRule.get(ruleId) ?? [])],
  };
}

export function defaultSeverity(ruleId: RuleId): Severity {
  return RULE_CATALOG[ruleId].severity;
}

/** All rules of one preset's document, in docs/policy-rules.md order. */
export function rulesOfPreset(preset: string): RuleId[] {
  return RULE_IDS.filter((id) => presetOfRule(id) === preset);
}
