// A district policy profile as the settings form submits it. Parameter values arrive as the
// form's text (lib/settings/policy-draft.ts turns them into typed overrides); the rules
// engine validates the whole profile.
import { z } from "zod";

export const PROFILE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

// Typed into the parameter fields, so the limits speak Chinese too.
const rawValue = z.union(
  [
    z.string().max(2000, "参数值不超过2000个字"),
    z.boolean(),
    z.array(z.string().max(200, "参数值不超过200个字")).max(100, "参数值最多100项"),
  ],
  { error: "参数值格式不正确" },
);

export const profileDraftSchema = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(PROFILE_KEY_PATTERN, "编号为 2–40 位小写字母、数字或连字符，如 qinghe-2026"),
  name: z.string().trim().min(1, "请输入配置名称").max(60, "名称不超过 60 个字"),
  description: z.string().trim().max(500, "说明不超过 500 个字").default(""),
  extendsKey: z.string().trim().min(1, "请选择继承的配置").max(40),
  /** the version the edit started from; null for a new profile */
  basedOnVersion: z.number().int().min(1).nullable(),
  values: z.record(z.string().max(100), rawValue),
});

export const saveProfileSchema = profileDraftSchema.extend({
  activate: z.boolean(),
  /** the active row when the user looked at the preview (stale activation is refused) */
  expectedActiveRowId: z.string().max(64).nullable(),
});

export const activateProfileSchema = z
  .object({
    rowId: z.string().max(64).nullable(),
    presetKey: z.string().max(40).nullable(),
    expectedActiveRowId: z.string().max(64).nullable(),
  })
  .refine((v) => (v.rowId === null) !== (v.presetKey === null), { message: "请指定要启用的配置" });

export type ProfileDraft = z.infer<typeof profileDraftSchema>;
export type SaveProfileInput = z.infer<typeof saveProfileSchema>;
export type ActivateProfileInput = z.infer<typeof activateProfileSchema>;
