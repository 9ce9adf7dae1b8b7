"use server";

import { todayInChina } from "@/lib/format/dates";
import { activateProfileSchema, profileDraftSchema, saveProfileSchema } from "@/lib/validation/policy-profile";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { prepareDraft } from "@/lib/server/policy/prepare-draft";
import { activateProfile, saveProfileVersion } from "@/lib/server/policy/profile-writes";
import { previewActivation } from "@/lib/server/policy/target-statuses";

const manage = (name: string) => authorizedAction.metadata({ name, resource: "policy", action: "manage" });
const PATHS = ["/settings/policy", "/settings/about", "/dashboard"];

/** Validates a draft as a whole and shows how the target statuses would change if it were active. */
export const previewDraftAction = manage("policy.preview")
  .inputSchema(profileDraftSchema)
  .action(async ({ parsedInput, ctx }) => {
    const prepared = await prepareDraft(parsedInput);
    if (!prepared.ok) return prepared;
    const active = await getActiveProfile();
    const preview = await previewActivation(ctx.actor, active.profile, prepared.profile, todayInChina());
    return { ok: true as const, preview, activeRowId: active.rowId };
  });

export const saveProfileAction = manage("policy.save")
  .inputSchema(saveProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await saveProfileVersion(ctx.actor, parsedInput);
    if (r.ok) revalidate(...PATHS);
    return r;
  });

export const activateProfileAction = manage("policy.activate")
  .inputSchema(activateProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await activateProfile(ctx.actor, parsedInput);
    revalidate(...PATHS);
    return r;
  });
