import "server-only";
// What the district-profile editor needs, computed once on the server: the generated fields,
// the inherited values of every profile that may be extended, and each rule's text.
import { explain, isRuleId, PRESET_KEYS, PRESETS, safeResolveProfile } from "@/lib/rules";
import {
  policyParamFields,
  POLICY_GROUPS,
  valueAt,
  type ParamField,
  type RuleTexts,
} from "@/lib/settings/policy-fields";
import { loadProfileLibrary } from "./active-profile";

export interface EditorData {
  fields: ParamField[];
  groups: typeof POLICY_GROUPS;
  bases: Record<string, Record<string, unknown>>;
  extendsOptions: { value: string; label: string }[];
  rules: RuleTexts;
}

export function ruleTexts(fields: ParamField[]): RuleTexts {
  const out: RuleTexts = {};
  for (const id of new Set(fields.flatMap((f) => f.ruleIds))) {
    if (!isRuleId(id)) continue;
    const e = explain(id);
    out[id] = { title: e.title, text: e.text, source: `${e.source}${e.clause ? `，${e.clause}` : ""}` };
  }
  return out;
}

/** `editingKey`: the profile being edited, which cannot extend itself. */
export async function editorData(editingKey: string | null): Promise<EditorData> {
  const fields = policyParamFields();
  const library = await loadProfileLibrary();
  const options: { value: string; label: string }[] = PRESET_KEYS.map((k) => ({
    value: k,
    label: `${PRESETS[k].name}（内置）`,
  }));
  for (const [key, def] of Object.entries(library))
    if (key !== editingKey) options.push({ value: key, label: `${def.name}（${key}）` });
  const bases: EditorData["bases"] = {};
  for (const o of options) {
    const r = safeResolveProfile(o.value, library);
    if (r.ok) bases[o.value] = Object.fromEntries(fields.map((f) => [f.path, valueAt(r.profile.params, f.path)]));
  }
  return {
    fields,
    groups: POLICY_GROUPS,
    bases,
    extendsOptions: options.filter((o) => bases[o.value]),
    rules: ruleTexts(fields),
  };
}
