"use server";
// 三员分立: each action names the permission it needs, so the 系统管理员's (account.create,
// account.update) and the 安全管理员's (role, secondFactor, recusal) cannot be called by the other.
import {
  accountExpirySchema,
  accountRefSchema,
  createAccountSchema,
  disableAccountSchema,
  grantAccessSchema,
  recusalSchema,
} from "@/lib/validation/user-account";
import type { Action, Resource } from "@/lib/authz/permissions";
import { setRecusal } from "@/lib/server/accounts/recusal";
import { createAccount } from "@/lib/server/accounts/create-account";
import { grantAccess } from "@/lib/server/accounts/grant-access";
import { resetAccountPassword, resetSecondFactor } from "@/lib/server/accounts/reset-credentials";
import { disableAccount, enableAccount, setAccountExpiry } from "@/lib/server/accounts/update-account";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";

const needs = (name: string, resource: Resource, action: Action) =>
  authorizedAction.metadata({ name, resource, action });
const PATH = "/settings/accounts";

export const createAccountAction = needs("account.create", "account", "create")
  .inputSchema(createAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await createAccount(ctx.actor, parsedInput);
    revalidate(PATH);
    return r;
  });

export const disableAccountAction = needs("account.disable", "account", "update")
  .inputSchema(disableAccountSchema)
  .action(async ({ parsedInput, ctx }) => {
    await disableAccount(ctx.actor, parsedInput);
    revalidate(PATH);
    return { ok: true as const };
  });

export const enableAccountAction = needs("account.enable", "account", "update")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await enableAccount(ctx.actor, parsedInput);
    revalidate(PATH);
    return { ok: true as const };
  });

export const setExpiryAction = needs("account.expiry", "account", "update")
  .inputSchema(accountExpirySchema)
  .action(async ({ parsedInput, ctx }) => {
    await setAccountExpiry(ctx.actor, parsedInput);
    revalidate(PATH);
    return { ok: true as const };
  });

export const resetPasswordAction = needs("account.resetPassword", "account", "update")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const notice = await resetAccountPassword(ctx.actor, parsedInput);
    revalidate(PATH);
    return { notice };
  });

export const grantAccessAction = needs("account.grant", "role", "manage")
  .inputSchema(grantAccessSchema)
  .action(async ({ parsedInput, ctx }) => {
    await grantAccess(ctx.actor, parsedInput);
    revalidate(PATH);
    return { ok: true as const };
  });

export const resetTotpAction = needs("account.resetTotp", "secondFactor", "manage")
  .inputSchema(accountRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await resetSecondFactor(ctx.actor, parsedInput);
    revalidate(PATH);
    return { ok: true as const };
  });

export const setRecusalAction = needs("account.recusal", "recusal", "manage")
  .inputSchema(recusalSchema)
  .action(async ({ parsedInput, ctx }) => {
    const r = await setRecusal(ctx.actor, parsedInput);
    revalidate(PATH);
    return r;
  });
