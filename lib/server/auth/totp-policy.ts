import "server-only";
// Who must sign in with a second factor (issue 18 item 3): the administrators and the
// organization administrator always; the roles that read personal data (ORG_STAFF, UNIT,
// LEADER) when SecuritySettings.totpForReaders is on (the default).
import type { Role } from "@/lib/generated/prisma/enums";
import { getSecuritySettings, type SecuritySettingsView } from "@/lib/server/settings/security-settings";

export const ALWAYS_TOTP_ROLES: readonly Role[] = ["SYS_ADMIN", "SECURITY_ADMIN", "AUDITOR", "ORG_ADMIN"];

export async function secondFactorRequired(
  role: Role,
  settings?: Pick<SecuritySettingsView, "totpForReaders">,
): Promise<boolean> {
  if (ALWAYS_TOTP_ROLES.includes(role)) return true;
  return (settings ?? (await getSecuritySettings())).totpForReaders;
}
