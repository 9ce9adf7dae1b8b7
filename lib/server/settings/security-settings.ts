import "server-only";
// The security settings the 系统管理员 keeps (one row, created by the migration).
import { prisma } from "@/lib/server/db";

export interface SecuritySettingsView {
  /** ORG_STAFF, ORG_ADMIN, UNIT and LEADER sign in with TOTP too (admins always do) */
  totpForReaders: boolean;
  /** accounts unused this many days are disabled automatically */
  inactiveDisableDays: number;
  passwordMaxAgeDays: number;
  version: number;
}

export async function getSecuritySettings(): Promise<SecuritySettingsView> {
  const row = await prisma.securitySettings.findUnique({ where: { id: 1 } });
  // The migration inserts the row; a database restored without it gets the defaults.
  return row ?? (await prisma.securitySettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} }));
}
