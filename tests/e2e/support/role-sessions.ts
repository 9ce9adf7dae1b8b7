// One signed-in session per demo role, made through the form once (the setup project,
// tests/e2e/auth.setup.ts) and reused by every spec as Playwright storageState. A session is
// bound to nothing but its cookie (lib/server/auth/sessions.ts: no IP or user-agent check),
// so sharing it across browser contexts is what a user with two tabs does. It ends after
// IDLE_TIMEOUT_MS without a request: a stored session older than half of that is replaced
// before use, whatever the specs did with it in between.
import fs from "node:fs";
import type { Browser } from "@playwright/test";
import type { Role } from "../../../lib/generated/prisma/enums";
import { IDLE_TIMEOUT_MS } from "../../../lib/auth/session-policy";
import { authFile } from "./auth-files";
import { signInThroughForm } from "./sign-in-form";

const REFRESH_AFTER_MS = IDLE_TIMEOUT_MS / 2;

/** Signs the role in through the form in a context of its own and stores the session. */
export async function storeRoleSession(browser: Browser, role: Role): Promise<string> {
  const context = await browser.newContext();
  try {
    await signInThroughForm(await context.newPage(), role);
    await context.storageState({ path: authFile(role) });
  } finally {
    await context.close();
  }
  return authFile(role);
}

/** The stored session of the role (a storageState file), signed in again if stale or absent. */
export async function roleSession(browser: Browser, role: Role): Promise<string> {
  const file = authFile(role);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && Date.now() - stat.mtimeMs < REFRESH_AFTER_MS) return file;
  return storeRoleSession(browser, role);
}
