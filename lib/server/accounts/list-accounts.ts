import "server-only";
import { isEnrolled } from "@/lib/server/auth/second-factor-check";
import type { Role, SecurityLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { oneTimePasswordExpired } from "@/lib/auth/one-time-password";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getSecuritySettings, type SecuritySettingsView } from "@/lib/server/settings/security-settings";
import { NotFoundError } from "@/lib/errors/user-facing";
import { needsTotp } from "./account-rules";

// What the account pages show to both administrators: never the password hash or the TOTP
// secret, only whether a second factor is bound.
const ACCOUNT_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  clearance: true,
  mustChangePassword: true,
  passwordChangedAt: true,
  lockedUntil: true,
  disabledAt: true,
  disabledReason: true,
  expiresAt: true,
  totpEnrolledAt: true,
  isDemo: true,
  lastSignInAt: true,
  version: true,
  createdAt: true,
  totpSecretCipher: true,
  recusalIdNumberHashes: true,
  unit: { select: { name: true } },
} as const;

export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  /** null: created, no role granted yet */
  role: Role | null;
  unitId: string | null;
  unitName: string | null;
  clearance: SecurityLevel;
  mustChangePassword: boolean;
  /** an unused one-time password older than 72 hours: the holder needs a new one */
  oneTimePasswordExpired: boolean;
  locked: boolean;
  disabled: boolean;
  disabledReason: string | null;
  expiresAt: Date | null;
  expired: boolean;
  isDemo: boolean;
  /** 已绑定 (enrolled), 待绑定 (required, the holder enrols at the next sign-in), 不需要 */
  secondFactor: "ENROLLED" | "PENDING" | "NOT_REQUIRED";
  /** how many 身份证号 are registered for 回避 (the hashes themselves are not shown) */
  recusalCount: number;
  lastSignInAt: Date | null;
  createdAt: Date;
  version: number;
}

type Row = {
  id: string;
  username: string;
  displayName: string;
  role: Role | null;
  unitId: string | null;
  clearance: SecurityLevel;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  disabledReason: string | null;
  expiresAt: Date | null;
  totpEnrolledAt: Date | null;
  isDemo: boolean;
  lastSignInAt: Date | null;
  version: number;
  createdAt: Date;
  totpSecretCipher: string | null;
  recusalIdNumberHashes: string[];
  unit: { name: string } | null;
};

async function view(r: Row, now: Date, settings: SecuritySettingsView): Promise<AccountView> {
  const enrolled = isEnrolled(r);
  const required = r.role !== null && (await needsTotp(r.role, settings));
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    unitId: r.unitId,
    unitName: r.unit?.name ?? null,
    clearance: r.clearance,
    mustChangePassword: r.mustChangePassword,
    oneTimePasswordExpired: oneTimePasswordExpired(r, now),
    locked: !!r.lockedUntil && r.lockedUntil > now,
    disabled: !!r.disabledAt,
    disabledReason: r.disabledReason,
    expiresAt: r.expiresAt,
    expired: !!r.expiresAt && r.expiresAt <= now,
    isDemo: r.isDemo,
    secondFactor: enrolled ? "ENROLLED" : required ? "PENDING" : "NOT_REQUIRED",
    recusalCount: r.recusalIdNumberHashes.length,
    lastSignInAt: r.lastSignInAt,
    createdAt: r.createdAt,
    version: r.version,
  };
}

export async function listAccounts(actor: Actor, now = new Date()): Promise<AccountView[]> {
  assertCan(actor, "account", "read");
  const settings = await getSecuritySettings();
  const rows = await prisma.user.findMany({
    select: ACCOUNT_SELECT,
    // accounts awaiting a role first (the 安全管理员's work list), disabled ones last
    orderBy: [
      { disabledAt: { sort: "desc", nulls: "first" } },
      { role: { sort: "asc", nulls: "first" } },
      { username: "asc" },
    ],
  });
  return Promise.all(rows.map((r) => view(r, now, settings)));
}

export async function getAccount(actor: Actor, id: string, now = new Date()): Promise<AccountView> {
  assertCan(actor, "account", "read");
  const row = await prisma.user.findUnique({ where: { id }, select: ACCOUNT_SELECT });
  if (!row) throw new NotFoundError("账号");
  return view(row, now, await getSecuritySettings());
}

/** Units a unit account can belong to: names only (the organization chart, not cadre data). */
export async function listUnitOptions(actor: Actor): Promise<{ value: string; label: string }[]> {
  assertCan(actor, "role", "manage");
  const units = await prisma.unit.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return units.map((u) => ({ value: u.id, label: u.name }));
}
