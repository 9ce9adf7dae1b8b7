import "server-only";
// Accounts unused for SecuritySettings.inactiveDisableDays (90 by default) are disabled
// automatically (等保 2.0: 及时删除或停用多余的、过期的账户). "Unused" counts from the last
// sign-in, the creation or the last re-enabling by the 系统管理员, whichever is latest.
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { getSecuritySettings } from "@/lib/server/settings/security-settings";

export const INACTIVE_DISABLED_REASON = "长期未使用，自动停用";
const DAY_MS = 86_400_000;
const SWEEP_INTERVAL_MS = 3_600_000;

export async function inactiveCutoff(now: Date): Promise<Date> {
  const { inactiveDisableDays } = await getSecuritySettings();
  return new Date(now.getTime() - inactiveDisableDays * DAY_MS);
}

/**
 * Disables every account (or only `userId`) unused since the cutoff: one UPDATE … RETURNING,
 * then one audit row per account, with no acting user, in the same transaction. The sessions
 * end with the epoch bump. Returns the ids disabled.
 */
export async function disableInactiveAccounts(now: Date, userId?: string): Promise<string[]> {
  const cutoff = await inactiveCutoff(now);
  const days = Math.round((now.getTime() - cutoff.getTime()) / DAY_MS);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; username: string; lastUsed: Date }[]>`
      UPDATE "User" SET "disabledAt" = ${now}, "disabledReason" = ${INACTIVE_DISABLED_REASON},
        "sessionEpoch" = "sessionEpoch" + 1, "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "disabledAt" IS NULL AND GREATEST("lastSignInAt", "createdAt", "enabledAt") < ${cutoff}
        ${userId ? Prisma.sql`AND "id" = ${userId}` : Prisma.empty}
      RETURNING "id", "username", GREATEST("lastSignInAt", "createdAt", "enabledAt") AS "lastUsed"`;
    for (const r of rows) {
      await writeAudit(tx, {
        actor: null,
        ip: null,
        action: "account.autoDisable",
        objectType: "User",
        objectId: r.id,
        result: "SUCCESS",
        diff: { username: r.username, reason: INACTIVE_DISABLED_REASON, inactiveDays: days, lastUsed: r.lastUsed },
      });
    }
    return rows.map((r) => r.id);
  });
}

let lastSweep = 0;

/**
 * Called from the sign-in path: sweeps at most once an hour per process, by the wall clock
 * (sign-in's own `now` may be a test's). Each sign-in also checks its own account at once.
 */
export async function sweepInactiveAccountsHourly(): Promise<void> {
  const t = Date.now();
  if (t - lastSweep < SWEEP_INTERVAL_MS) return;
  lastSweep = t;
  try {
    await disableInactiveAccounts(new Date(t));
  } catch (e) {
    // A failed sweep must not stop sign-ins; the next one tries again.
    lastSweep = 0;
    console.error("[miaopu] disabling inactive accounts failed:", e);
  }
}
