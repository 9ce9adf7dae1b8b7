import type { Role } from "@/lib/domain/enums";

// Who signs in with a second factor (issue 18, item 3): the administrators and the organization
// administrator always; everyone else who reads personal data (ORG_STAFF, UNIT, LEADER) while
// SecuritySettings.totpForReaders is on, which it is by default. Pure, so pages and forms can
// say it too; the server reads the settings through lib/server/auth/totp-policy.ts.
export const ALWAYS_TOTP_ROLES: readonly Role[] = ["SYS_ADMIN", "SECURITY_ADMIN", "AUDITOR", "ORG_ADMIN"];
export const READER_ROLES: readonly Role[] = ["ORG_STAFF", "UNIT", "LEADER"];

export function requiresSecondFactor(role: Role, settings: { totpForReaders: boolean }): boolean {
  return ALWAYS_TOTP_ROLES.includes(role) || (settings.totpForReaders && READER_ROLES.includes(role));
}
