"use server";

import { enrolSecondFactorSchema } from "@/lib/validation/second-factor";
import { confirmEnrolment } from "@/lib/server/auth/enrol-second-factor";
import { authorizedAction } from "@/lib/server/actions/safe-action";

export const enrolSecondFactorAction = authorizedAction
  .metadata({ name: "account.enrollTotp", resource: "self", action: "update" })
  .inputSchema(enrolSecondFactorSchema)
  .action(async ({ parsedInput, ctx }) => {
    // No revalidation here: the page would redirect away before the holder saw the codes.
    const { recoveryCodes } = await confirmEnrolment(ctx.actor, parsedInput.code);
    return { ok: true as const, recoveryCodes };
  });
