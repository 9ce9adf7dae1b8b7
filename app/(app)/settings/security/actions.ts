"use server";

import { securitySettingsSchema } from "@/lib/validation/security-settings";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { updateSecuritySettings } from "@/lib/server/settings/security-settings";

export const updateSecuritySettingsAction = authorizedAction
  .metadata({ name: "settings.security", resource: "securitySettings", action: "update" })
  .inputSchema(securitySettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateSecuritySettings(ctx.actor, parsedInput);
    revalidate("/settings/security");
    return { ok: true as const };
  });
