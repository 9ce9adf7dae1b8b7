import "server-only";
// The second-factor policy (lib/auth/second-factor-policy.ts) with the current security settings.
import type { Role } from "@/lib/generated/prisma/enums";
import { requiresSecondFactor } from "@/lib/auth/second-factor-policy";
import { getSecuritySettings, type SecuritySettingsView } from "@/lib/server/settings/security-settings";

export { requiresSecondFactor } from "@/lib/auth/second-factor-policy";

/** Whether `role` must sign in with TOTP; reads the settings when not given. */
export async function secondFactorRequired(
  role: Role,
  settings?: Pick<SecuritySettingsView, "totpForReaders">,
): Promise<boolean> {
  return requiresSecondFactor(role, settings ?? (await getSecuritySettings()));
}
