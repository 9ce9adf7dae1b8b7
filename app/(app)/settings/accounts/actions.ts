"use server";

import {
  changeRoleSchema,
  createAccountSchema,
  accountRefSchema,
  recusalSchema,
  resetPasswordSchema,
} from "@/lib/validation/user-account";
import { setRecusal } from "@/lib/server/accounts/recusal";
import { createAccount } from "@/lib/server/accounts/create-account";
import { resetAccountPassword, resetSecondFactor } from "@/lib/server/accounts/reset-credentials";
import { changeAccountRole, setAccountDisabled } from "@/lib/server/accounts/update-account";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";

const manage = (name: string) => authorizedAction.metadata({ name, resource: "account", action: "manage" });
const PATH = "/settings/accounts";

export const createAccountAction = manage("account.create")
  .inputSchema(createAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await createAccount(ctx.actor, parsedInput);
    revalidate(PATH);
    return r;
  });

export const disableAccountAction = manage("account.disable")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setAccountDisabled(ctx.actor, parsedInput, true);
    revalidate(PATH);
    return { ok: true as const };
  });

export const enableAccountAction = manage("account.enable")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setAccountDisabled(ctx.actor, parsedInput, false);
    revalidate(PATH);
    return { ok: true as const };
  });

export const changeRoleAction = manage("account.changeRole")
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await changeAccountRole(ctx.actor, parsedInput);
    revalidate(PATH);
    return r;
  });

export const resetPasswordAction = manage("account.resetPassword")
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await resetAccountPassword(ctx.actor, parsedInput);
    revalidate(PATH);
    return { ok: true as const };
  });

export const resetTotpAction = manage("account.resetTotp")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await resetSecondFactor(ctx.actor, parsedInput);
    revalidate(PATH);
    return r;
  });

export const setRecusalAction = manage("account.recusal")
  .inputSchema(recusalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await setRecusal(ctx.actor, parsedInput);
    revalidate(PATH);
    return r;
  });
