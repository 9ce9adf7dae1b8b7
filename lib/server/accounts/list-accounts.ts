import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import { assertManagesAccounts } from "./account-rules";

// What the account pages show: never the password hash or the TOTP secret, only whether a
// second factor is bound.
const ACCOUNT_SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  mustChangePassword: true,
  lockedUntil: true,
  disabledAt: true,
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
  mustChangePassword: boolean;
  locked: boolean;
  disabled: boolean;
  isDemo: boolean;
  hasTotp: boolean;
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
  mustChangePassword: boolean;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  isDemo: boolean;
  lastSignInAt: Date | null;
  version: number;
  createdAt: Date;
  totpSecretCipher: string | null;
  recusalIdNumberHashes: string[];
  unit: { name: string } | null;
};

function view(r: Row, now: Date): AccountView {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    unitId: r.unitId,
    unitName: r.unit?.name ?? null,
    mustChangePassword: r.mustChangePassword,
    locked: !!r.lockedUntil && r.lockedUntil > now,
    disabled: !!r.disabledAt,
    isDemo: r.isDemo,
    hasTotp: r.totpSecretCipher !== null,
    recusalCount: r.recusalIdNumberHashes.length,
    lastSignInAt: r.lastSignInAt,
    createdAt: r.createdAt,
    version: r.version,
  };
}

export async function listAccounts(actor: Actor, now = new Date()): Promise<AccountView[]> {
  assertManagesAccounts(actor);
  const rows = await prisma.user.findMany({
    select: ACCOUNT_SELECT,
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { role: "asc" }, { username: "asc" }],
  });
  return rows.map((r) => view(r, now));
}

export async function getAccount(actor: Actor, id: string, now = new Date()): Promise<AccountView> {
  assertManagesAccounts(actor);
  const row = await prisma.user.findUnique({ where: { id }, select: ACCOUNT_SELECT });
  if (!row) throw new NotFoundError("账号");
  return view(row, now);
}

/** Units a unit account can belong to: names only (the organization chart, not cadre data). */
export async function listUnitOptions(actor: Actor): Promise<{ value: string; label: string }[]> {
  assertManagesAccounts(actor);
  const units = await prisma.unit.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return units.map((u) => ({ value: u.id, label: u.name }));
}
