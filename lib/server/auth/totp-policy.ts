import "server-only";
// Who signs in with a second factor (issue 18, item 3): the administrators and the
// organization administrator always; everyone else who reads personal data (ORG_STAFF, UNIT,
// LEADER) while SecuritySettings.totpForReaders is on, which it is by default.
import type { Role } from "@/lib/generated/prisma/enums";
import { getSecuritySettings, type SecuritySettingsView } from "@/lib/server/settings/security-settings";

export const ALWAYS_TOTP_ROLES: readonly Role[] = ["SYS_ADMIN", "SECURITY_ADMIN", "AUDITOR", "ORG_ADMIN"];
export const READER_ROLES: readonly Role[] = ["ORG_STAFF", "UNIT", "LEADER"];

/** The pure decision, for callers that already hold the settings. */
export function requiresSecondFactor(role: Role, settings: Pick<SecuritySettingsView, "totpForReaders">): boolean {
  return ALWAYS_TOTP_ROLES.includes(role) || (settings.totpForReaders && READER_ROLES.includes(role));
}

/** Whether `role` must sign in with TOTP; reads the settings when not given. */
export async function secondFactorRequired(
  role: Role,
  settings?: Pick<SecuritySettingsView, "totpForReaders">,
): Promise<boolean> {
  return requiresSecondFactor(role, settings ?? (await getSecuritySettings()));
}
