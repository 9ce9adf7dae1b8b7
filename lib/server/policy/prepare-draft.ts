import "server-only";
// A district-profile draft checked as a whole: its base (the profile it extends) resolved,
// the form values turned into overrides, the merged profile validated by the rules engine.
// Shared by the preview and the save, so what is previewed is what is saved.
import {
  isPresetKey,
  safeResolveProfile,
  type ProfileDefinition,
  type ProfileLibrary,
  type ResolvedProfile,
} from "@/lib/rules";
import { issuesByField, nestOverrides, overridesFromForm, type FlatOverrides } from "@/lib/settings/policy-draft";
import type { ProfileDraft } from "@/lib/validation/policy-profile";
import { loadProfileLibrary } from "./active-profile";

export type PreparedDraft =
  | {
      ok: true;
      definition: ProfileDefinition;
      profile: ResolvedProfile;
      overrides: FlatOverrides;
      base: ResolvedProfile;
      library: ProfileLibrary;
    }
  | { ok: false; fieldErrors: Record<string, string> };

export async function prepareDraft(draft: ProfileDraft): Promise<PreparedDraft> {
  if (isPresetKey(draft.key)) return { ok: false, fieldErrors: { key: "该编号是内置配置的编号，请另取一个" } };
  if (draft.extendsKey === draft.key) return { ok: false, fieldErrors: { extendsKey: "配置不能继承自己" } };
  const library = await loadProfileLibrary();
  // The draft replaces its own key in the library, so a child of it cannot become its parent.
  const { [draft.key]: _self, ...others } = library;
  void _self;
  const cycle = cycleThrough(draft.key, draft.extendsKey, others);
  if (cycle) return { ok: false, fieldErrors: { extendsKey: `配置继承出现循环（${cycle}），请选择其他配置` } };
  const base = safeResolveProfile(draft.extendsKey, others);
  if (!base.ok)
    return {
      ok: false,
      fieldErrors: { extendsKey: `继承的配置无效：${base.issues.map((i) => i.message).join("；")}` },
    };

  const { overrides, unknown } = overridesFromForm(draft.values, base.profile.params);
  if (unknown.length)
    return { ok: false, fieldErrors: { form: `表单含有未知参数：${unknown.join("、")}，请刷新页面后重试` } };
  const definition: ProfileDefinition = {
    key: draft.key,
    name: draft.name,
    description: draft.description || undefined,
    extends: draft.extendsKey,
    params: nestOverrides(overrides),
  };
  const resolved = safeResolveProfile(definition, { ...others, [draft.key]: definition });
  if (!resolved.ok) return { ok: false, fieldErrors: issuesByField(resolved.issues) };
  return { ok: true, definition, profile: resolved.profile, overrides, base: base.profile, library: others };
}

/** "a → b → a" when extending `parent` would lead back to `key`, else null. */
function cycleThrough(key: string, parent: string, library: ProfileLibrary): string | null {
  const seen = [key];
  for (let k: string | null | undefined = parent; k; k = library[k]?.extends) {
    seen.push(k);
    if (k === key) return seen.join(" → ");
    if (seen.length > 50) break;
  }
  return null;
}
