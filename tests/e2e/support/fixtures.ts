// Playwright fixtures that sign in per role with the demo accounts the e2e seed created.
import { test as base, expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import pg from "pg";
import type { Role } from "../../../lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../factories/demo-accounts";

const usedSteps = new Map<string, number>();

/** A TOTP code for a step not used before (the server refuses replays), waiting if needed. */
async function freshTotp(secret: string): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  if ((usedSteps.get(secret) ?? -1) >= step) {
    await new Promise((r) => setTimeout(r, (step + 1) * 30_000 - Date.now() + 200));
    step = Math.floor(Date.now() / 30_000);
  }
  usedSteps.set(secret, step);
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: step * 30_000 + 1000 });
}

export async function signInAs(page: Page, role: Role): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  if (account.totpSecret) await page.getByLabel("动态口令").fill(await freshTotp(account.totpSecret));
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function queryDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export const test = base;
export { expect };
