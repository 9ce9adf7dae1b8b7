import "server-only";
// The security settings the 系统管理员 keeps (one row, created by the migration), read by the
// sign-in (second-factor policy, password age) and the inactivity job, shown to both
// administrators on /settings/security.
import type { Actor } from "@/lib/auth/actor";
import type { SecuritySettingsInput } from "@/lib/validation/security-settings";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";

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

/** Saves the settings if nobody saved since `input.version` was read; audited with before/after. */
export async function updateSecuritySettings(actor: Actor, input: SecuritySettingsInput): Promise<void> {
  assertCan(actor, "securitySettings", "update");
  const before = await getSecuritySettings();
  const { version, ...after } = input;
  const current = {
    totpForReaders: before.totpForReaders,
    inactiveDisableDays: before.inactiveDisableDays,
    passwordMaxAgeDays: before.passwordMaxAgeDays,
  };
  const diff = auditDiff(current, after);
  if (!Object.keys(diff).length) throw new UserFacingError("安全策略未改变");
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.securitySettings, "SecuritySettings", 1, version, after);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "settings.security",
      objectType: "SecuritySettings",
      objectId: "1",
      result: "SUCCESS",
      diff,
    });
  });
}
