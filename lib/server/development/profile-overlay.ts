import "server-only";
// Some checks of this area belong to presets the district may not have chosen: the 墩苗
// eligibility rules (SX-DOWN-*) come with the shanxi-dunmiao preset, the training and follow-up
// reminders (WS-*) with work-summary. When the active profile does not switch such a rule on,
// we evaluate with a profile that EXTENDS the active one and enables it — the active profile's
// parameters and severities stay as they are, and the rule runs with its document's defaults.
// A rule the district switched off on purpose (its preset is in the active chain, yet the rule
// is off) stays off. Pages show which rules were added this way.
import { presetOfRule, resolveProfile, type ProfileDefinition, type ResolvedProfile, type RuleId } from "@/lib/rules";

export interface ProfileOverlay {
  profile: ResolvedProfile;
  /** rules switched on for this purpose (not in the active profile) */
  added: RuleId[];
  /** rules the active profile deliberately switches off; their checks are not made */
  disabled: RuleId[];
  /** the active profile's name, to show as the basis of a verdict */
  activeName: string;
}

/** The resolved profile restated as a definition, so it can be extended through resolveProfile. */
function asDefinition(p: ResolvedProfile): ProfileDefinition {
  return {
    key: p.key,
    name: p.name,
    description: p.description,
    extends: null,
    enable: p.rules,
    severity: p.severity,
    params: p.params,
  };
}

export function withRules(active: ResolvedProfile, ruleIds: readonly RuleId[], purpose: string): ProfileOverlay {
  const on = new Set(active.rules);
  const added: RuleId[] = [];
  const disabled: RuleId[] = [];
  for (const id of ruleIds) {
    if (on.has(id)) continue;
    if (active.chain.includes(presetOfRule(id))) disabled.push(id);
    else added.push(id);
  }
  if (added.length === 0) return { profile: active, added, disabled, activeName: active.name };
  const profile = resolveProfile(
    { key: `${active.key}+${purpose}`, name: `${active.name}（${purpose}）`, extends: active.key, enable: added },
    { [active.key]: asDefinition(active) },
  );
  return { profile, added, disabled, activeName: active.name };
}
