// Where the per-role sessions and the used TOTP steps are kept for one e2e run. Under the
// output directory, which Playwright empties when a run starts: nothing outlives the run's
// database and NEXTAUTH_SECRET.
import path from "node:path";
import type { Role } from "../../../lib/generated/prisma/enums";

export const AUTH_DIR = path.join(process.cwd(), "test-results", ".auth");

/** The stored session (storageState: the signed session cookie) of one demo role. */
export function authFile(role: Role): string {
  return path.join(AUTH_DIR, `${role.toLowerCase()}.json`);
}

export const TOTP_STEPS_FILE = path.join(AUTH_DIR, "totp-steps.json");
