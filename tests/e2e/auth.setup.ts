// Setup project: each demo role signs in through the form once per run; the specs reuse the
// stored sessions (support/role-sessions.ts) instead of filling the form in every test.
import { test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../factories/demo-accounts";
import { storeRoleSession } from "./support/role-sessions";

for (const { role } of DEMO_ACCOUNTS) {
  test(`登录并保存会话：${role}`, async ({ browser }) => {
    await storeRoleSession(browser, role);
  });
}
