"use server";

import { returnValidationErrors } from "next-safe-action";
import { changePasswordSchema } from "@/lib/validation/account";
import { changeOwnPassword, FieldError } from "@/lib/server/accounts/change-password";
import { authorizedAction } from "@/lib/server/actions/safe-action";

export const changePasswordAction = authorizedAction
  .metadata({ name: "account.changePassword", resource: "self", action: "update" })
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    try {
      await changeOwnPassword(ctx.actor, parsedInput);
    } catch (e) {
      // Shown beside the field it concerns, like the zod messages.
      if (e instanceof FieldError) {
        returnValidationErrors(changePasswordSchema, { [e.field]: { _errors: [e.message] } });
      }
      throw e;
    }
    return { ok: true as const };
  });
