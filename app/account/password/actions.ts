"use server";

import { changePasswordSchema } from "@/lib/validation/account";
import { changeOwnPassword } from "@/lib/server/accounts/change-password";
import { authorizedAction } from "@/lib/server/actions/safe-action";

export const changePasswordAction = authorizedAction
  .metadata({ name: "account.changePassword", resource: "self", action: "update" })
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await changeOwnPassword(ctx.actor, parsedInput);
    return { ok: true as const };
  });
