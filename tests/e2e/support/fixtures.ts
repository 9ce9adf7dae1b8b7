// Playwright fixtures for the e2e specs. `test.use({ role })` opens the test's page already
// signed in as that demo role (its stored session, support/role-sessions.ts); `pageAs` opens
// another browser context as a second user, `anonymousPage` one signed in as nobody. Specs about
// signing in use signInThroughForm.
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import type { Role } from "../../../lib/generated/prisma/enums";
import { roleSession } from "./role-sessions";

export { signInThroughForm } from "./sign-in-form";

export const test = base.extend<{ role: Role | null }>({
  role: [null, { option: true }],
  // (the fixture callback is named `provide`: the React hooks lint rule reads `use` as a hook)
  storageState: async ({ role, browser, storageState }, provide) => {
    await provide(role ? await roleSession(browser, role) : storageState);
  },
});

/** A page in a new browser context signed in as the role (close it with page.context()). */
export async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: await roleSession(browser, role) });
  return context.newPage();
}

/**
 * A page in a new browser context signed in as nobody, for a user who signs in through the
 * form. (browser.newContext() in a test takes the test's options, its role's session too.)
 */
export async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

/** Reads the e2e database (lookups and checks; data is planted through support/plant.ts). */
export async function queryDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export { expect };
