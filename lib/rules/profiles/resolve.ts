// resolveProfile: follows `extends` to a preset, deep-merges parameters (objects merge,
// arrays and scalars replace), unions the rule switches, then validates the result.
import type { Severity } from "../model/results";
import { defaultSeverity } from "../registry/explain";
import type { RuleId } from "../registry/rule-ids";
import { isRuleId, RULE_IDS } from "../registry/rule-ids";
import { defaultParams } from "./params";
import { PRESETS } from "./presets";
import type { ProfileDefinition, ProfileIssue, ResolvedProfile } from "./types";
import { ProfileValidationError } from "./types";
import { validateParams } from "./validate";

export type ProfileLibrary = Readonly<Record<string, ProfileDefinition>>;
export type ResolveResult = { ok: true; profile: ResolvedProfile } | { ok: false; issues: ProfileIssue[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) out[k] = deepMerge(base[k], v);
  return out;
}

function issue(path: string, message: string): ProfileIssue {
  return { path, label: null, ruleIds: [], message: `${path}：${message}` };
}

function chainOf(def: ProfileDefinition, library: ProfileLibrary, issues: ProfileIssue[]): ProfileDefinition[] {
  const chain = [def];
  const seen = new Set([def.key]);
  let current = def;
  while (current.extends) {
    const parent: ProfileDefinition | undefined =
      library[current.extends] ?? (PRESETS as Record<string, ProfileDefinition>)[current.extends];
    if (!parent) {
      issues.push(issue("extends", `继承的配置“${current.extends}”不存在`));
      break;
    }
    if (seen.has(parent.key)) {
      issues.push(issue("extends", `配置继承出现循环（${[...seen, parent.key].join(" → ")}）`));
      break;
    }
    seen.add(parent.key);
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

function checkRuleLists(def: ProfileDefinition, leaf: ProfileDefinition, issues: ProfileIssue[]): void {
  // Fields of an inherited profile are named through it, so the user knows where to look.
  const prefix = def === leaf ? "" : `extends(${def.key}).`;
  for (const field of ["enable", "disable"] as const) {
    (def[field] ?? []).forEach((id, i) => {
      if (!isRuleId(id)) issues.push(issue(`${prefix}${field}[${i}]`, `未知规则编号“${id}”`));
    });
  }
  for (const [id, sev] of Object.entries(def.severity ?? {})) {
    if (!isRuleId(id)) issues.push(issue(`${prefix}severity.${id}`, `未知规则编号“${id}”`));
    else if (sev !== "hard" && sev !== "soft")
      issues.push(issue(`${prefix}severity.${id}`, "严重程度应为 hard 或 soft"));
  }
}

export function safeResolveProfile(input: string | ProfileDefinition, library: ProfileLibrary = {}): ResolveResult {
  const issues: ProfileIssue[] = [];
  const def =
    typeof input === "string" ? (library[input] ?? (PRESETS as Record<string, ProfileDefinition>)[input]) : input;
  if (!def) return { ok: false, issues: [issue("key", `配置“${String(input)}”不存在`)] };
  if (!def.key?.trim()) issues.push(issue("key", "配置编号不能为空"));
  if (!def.name?.trim()) issues.push(issue("name", "配置名称不能为空"));
  const chain = chainOf(def, library, issues);
  chain.forEach((d) => checkRuleLists(d, def, issues));

  let merged: unknown = defaultParams();
  const rules = new Set<RuleId>();
  const severity: Partial<Record<RuleId, Severity>> = {};
  for (const d of chain) {
    merged = deepMerge(merged, d.params);
    for (const id of d.enable ?? []) if (isRuleId(id)) rules.add(id);
    for (const id of d.disable ?? []) if (isRuleId(id)) rules.delete(id);
    for (const [id, sev] of Object.entries(d.severity ?? {})) {
      if (isRuleId(id) && (sev === "hard" || sev === "soft")) severity[id] = sev;
    }
  }
  const validated = validateParams(merged);
  if (!validated.ok) issues.push(...validated.issues);
  if (issues.length || !validated.ok) return { ok: false, issues };

  const fullSeverity = {} as Record<RuleId, Severity>;
  for (const id of RULE_IDS) fullSeverity[id] = severity[id] ?? defaultSeverity(id);
  return {
    ok: true,
    profile: {
      key: def.key,
      name: def.name,
      description: def.description ?? "",
      chain: chain.map((d) => d.key),
      rules: RULE_IDS.filter((id) => rules.has(id)),
      severity: fullSeverity,
      params: validated.params,
    },
  };
}

/** Resolves and validates a profile; throws ProfileValidationError naming every bad field. */
export function resolveProfile(input: string | ProfileDefinition, library: ProfileLibrary = {}): ResolvedProfile {
  const result = safeResolveProfile(input, library);
  if (!result.ok) throw new ProfileValidationError(typeof input === "string" ? input : input.key, result.issues);
  return result.profile;
}
