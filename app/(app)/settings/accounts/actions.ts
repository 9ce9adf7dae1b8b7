"use server";

import { changeRoleSchema, createAccountSchema, accountRefSchema, recusalSchema, resetPasswordSchema } from "@/lib/validation/user-account";
import { setRecusal } from "@/lib/server/accounts/recusal";
import { createAccount } from "@/lib/server/accounts/create-account";
import { resetAccountPassword, resetSecondFactor } from "@/lib/server/accounts/reset-credentials";
import { changeAccountRole, setAccountDisabled } from "@/lib/server/accounts/update-account";
import { revalidate, withFieldErrors } from "@/lib/server/actions/field-errors";
import { authorizedAction } from "@/lib/server/actions/safe-action";

const manage = (name: string) => authorizedAction.metadata({ name, resource: "account", action: "manage" });
const PATH = "/settings/accounts";

export const createAccountAction = manage("account.create")
  .inputSchema(createAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await withFieldErrors(createAccountSchema, () => createAccount(ctx.actor, parsedInput));
    revalidate(PATH);
    return r;
  });

export const disableAccountAction = manage("account.disable")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await withFieldErrors(accountRefSchema, () => setAccountDisabled(ctx.actor, parsedInput, true));
    revalidate(PATH);
    return { ok: true as const };
  });

export const enableAccountAction = manage("account.enable")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await withFieldErrors(accountRefSchema, () => setAccountDisabled(ctx.actor, parsedInput, false));
    revalidate(PATH);
    return { ok: true as const };
  });

export const changeRoleAction = manage("account.changeRole")
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await withFieldErrors(changeRoleSchema, () => changeAccountRole(ctx.actor, parsedInput));
    revalidate(PATH);
    return r;
  });

export const resetPasswordAction = manage("account.resetPassword")
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await withFieldErrors(resetPasswordSchema, () => resetAccountPassword(ctx.actor, parsedInput));
    revalidate(PATH);
    return { ok: true as const };
  });

export const resetTotpAction = manage("account.resetTotp")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await withFieldErrors(accountRefSchema, () => resetSecondFactor(ctx.actor, parsedInput));
    revalidate(PATH);
    return r;
  });

export const setRecusalAction = manage("account.recusal")
  .inputSchema(recusalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await withFieldErrors(recusalSchema, () => setRecusal(ctx.actor, parsedInput));
    revalidate(PATH);
    return r;
  });
