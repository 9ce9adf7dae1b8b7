// Signing in the way a user does: the sign-in form, with the demo password and, for the roles
// that need one, a TOTP code. Used to make each role's stored session, and by the specs that
// are about signing in (their sessions get signed out or must be new).
import { expect, type Page } from "@playwright/test";
import type { Role } from "../../../lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../factories/demo-accounts";
import { freshTotp } from "./totp-codes";

export async function signInThroughForm(page: Page, role: Role): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  if (account.totpSecret) await page.getByLabel("动态口令").fill(await freshTotp(account.totpSecret));
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}
