import "server-only";
// What the 系统管理员 maintains on an account: whether it is in use (停用/启用, with the reason)
// and its expiry date. Disabling bumps sessionEpoch, so the user's open sessions end on their
// next request (resolveSession). Roles and clearances are the 安全管理员's (grant-access.ts).
import type { AccountExpiryInput, DisableAccountInput, AccountRef } from "@/lib/validation/user-account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FieldError } from "@/lib/errors/field-errors";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { keepLastAdmin, refuseSelf } from "./account-rules";
import { EXPIRY_IN_PAST } from "./create-account";

export const DISABLED_BY_ADMIN = "系统管理员停用";

export async function loadUser(tx: Prisma.TransactionClient, id: string) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError("账号");
  return user;
}

export async function disableAccount(actor: Actor, input: DisableAccountInput, now = new Date()): Promise<void> {
  assertCan(actor, "account", "update");
  await refuseSelf(actor, input.userId, "disable", "不能停用自己的账号");
  const reason = input.reason || DISABLED_BY_ADMIN;
  await prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, input.userId);
    if (before.disabledAt) throw new UserFacingError("该账号已停用");
    await keepLastAdmin(tx, before, "disable");
    await updateVersioned(tx.user, "User", input.userId, input.version, {
      disabledAt: now,
      disabledReason: reason,
      sessionEpoch: { increment: 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.disable",
      objectType: "User",
      objectId: input.userId,
      result: "SUCCESS",
      diff: {
        username: { from: before.username, to: before.username },
        disabled: { from: false, to: true },
        disabledReason: { from: before.disabledReason, to: reason },
      },
    });
  });
}

export async function enableAccount(actor: Actor, ref: AccountRef, now = new Date()): Promise<void> {
  assertCan(actor, "account", "update");
  await refuseSelf(actor, ref.userId, "enable", "不能启用自己的账号");
  await prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, ref.userId);
    if (!before.disabledAt) throw new UserFacingError("该账号未停用");
    await updateVersioned(tx.user, "User", ref.userId, ref.version, {
      disabledAt: null,
      enabledAt: now,
      disabledReason: null,
      failedAttempts: 0,
      lockedUntil: null,
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.enable",
      objectType: "User",
      objectId: ref.userId,
      result: "SUCCESS",
      diff: {
        username: { from: before.username, to: before.username },
        disabled: { from: true, to: false },
        disabledReason: { from: before.disabledReason, to: null },
      },
    });
  });
}

/** Sets or clears the account's expiry date (a date already past is refused beside the field). */
export async function setAccountExpiry(actor: Actor, input: AccountExpiryInput, now = new Date()): Promise<void> {
  assertCan(actor, "account", "update");
  await refuseSelf(actor, input.userId, "expiry", "不能更改自己账号的到期日");
  if (input.expiresOn && input.expiresOn <= now) throw new FieldError("expiresOn", EXPIRY_IN_PAST);
  await prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, input.userId);
    if ((before.expiresAt?.getTime() ?? null) === (input.expiresOn?.getTime() ?? null))
      throw new FieldError("expiresOn", "到期日未改变");
    await updateVersioned(tx.user, "User", input.userId, input.version, { expiresAt: input.expiresOn });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.expiry",
      objectType: "User",
      objectId: input.userId,
      result: "SUCCESS",
      diff: {
        expiresAt: { from: before.expiresAt?.toISOString() ?? null, to: input.expiresOn?.toISOString() ?? null },
      },
    });
  });
}
