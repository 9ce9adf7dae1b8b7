"use server";

import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { updateSuccessionSettings } from "@/lib/server/units/succession/settings";
import { successionSettingsSchema } from "@/lib/validation/succession-settings";

export const updateSuccessionSettingsAction = authorizedAction
  .metadata({ name: "settings.succession", resource: "unit", action: "manage" })
  .inputSchema(successionSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateSuccessionSettings(ctx.actor, parsedInput);
    revalidate("/units/succession");
    return { ok: true as const };
  });
