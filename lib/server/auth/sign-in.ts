import "server-only";
import type { User } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { ONE_TIME_PASSWORD_EXPIRED, oneTimePasswordExpired } from "@/lib/auth/one-time-password";
import { auditSessionHash } from "@/lib/audit/by";
import { recordFailedAttempt, recordSuccess } from "./attempts";
import { disableInactiveAccounts, inactiveCutoff, sweepInactiveAccountsHourly } from "./inactive-accounts";
import { checkSecondFactor, isEnrolled } from "./second-factor-check";
import { auditSignInFailure } from "./sign-in-audit";
import { recordSignInFailure, signInThrottle } from "./throttle";
import { isUnknownUserLocked, recordUnknownUserFailure } from "./unknown-user-lock";

export interface SignInInput {
  username: string;
  password: string;
  /** a 6-digit TOTP code, or a one-time recovery code (xxxx-xxxx) */
  totp?: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

export type SignInResult = { ok: true; sessionId: string } | { ok: false; message: string };

// One message for an unknown user, a disabled or expired account and a wrong password, and one
// lock message for all of them after 5 failures, so the form reveals nothing about accounts.
export const BAD_CREDENTIALS = "用户名或密码错误";
export const LOCKED = "连续登录失败次数过多，账号已锁定 15 分钟，请稍后再试";
export const THROTTLED = "登录尝试过于频繁，请稍后再试";
const TOTP_NEEDED = "请输入动态口令（6 位数字）或恢复码";
const TOTP_WRONG = "动态口令或恢复码错误，或已使用过";
const NO_ROLE = "该账号尚未授予角色，请联系安全管理员";

class LockedMeanwhile extends Error {}

/** The account of a typed username: usernames are unique case-insensitively (lower(username) index). */
async function findAccount(username: string): Promise<User | null> {
  if (!username) return null;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE lower("username") = lower(${username}) LIMIT 1`;
  return rows.length ? prisma.user.findUnique({ where: { id: rows[0].id } }) : null;
}

/** The latest of the last sign-in, the creation and the last re-enabling (inactive-accounts.ts). */
function lastUsed(user: User): Date {
  const times = [user.lastSignInAt, user.createdAt, user.enabledAt].filter((d): d is Date => d !== null);
  return new Date(Math.max(...times.map((d) => d.getTime())));
}

/** Why an existing account cannot be used at all, or null. Disables it if it went unused too long. */
async function unusable(user: User, now: Date, inactiveSince: Date): Promise<string | null> {
  if (user.disabledAt) return "disabled";
  if (user.expiresAt && user.expiresAt <= now) return "expired";
  if (lastUsed(user) < inactiveSince) {
    await disableInactiveAccounts(now, user.id);
    return "inactive";
  }
  return null;
}

export async function signIn(input: SignInInput): Promise<SignInResult> {
  const { now, ip } = input;
  const username = input.username.trim().slice(0, 64);
  const user = await findAccount(username);
  // After the first query: with the database down, that one fails and reports the outage.
  await sweepInactiveAccountsHourly();

  const refuse = async (
    message: string,
    reason: string,
    opts: { count?: boolean; detail?: Record<string, string> } = {},
  ) => {
    if (opts.count !== false) await recordSignInFailure(ip, username, now);
    await auditSignInFailure({
      user,
      typedUsername: username,
      ip,
      userAgent: input.userAgent,
      reason,
      detail: opts.detail,
    });
    return { ok: false as const, message };
  };
  // A failure of an existing account, counted in the database; during a lock it counts nothing.
  const countFailure = async (message: string, reason: string) => {
    const { counted, locked } = await recordFailedAttempt(user!.id, now);
    if (!counted) return refuse(LOCKED, "locked");
    return locked ? refuse(LOCKED, `${reason}-locked`) : refuse(message, reason);
  };

  const throttled = await signInThrottle(ip, username, now);
  if (throttled) return refuse(THROTTLED, "throttled", { count: false, detail: { limit: throttled } });

  // read for unknown names too, so that both paths cost the same queries
  const inactiveSince = await inactiveCutoff(now);
  const noAccount = user ? await unusable(user, now, inactiveSince) : "unknown-user";
  if (noAccount) {
    // Locks like a real account (unknown-user-lock.ts), and costs the same time.
    if (await isUnknownUserLocked(username, now)) return refuse(LOCKED, "locked");
    await burnPasswordCheck(input.password);
    const { locked } = await recordUnknownUserFailure(username, now);
    return locked ? refuse(LOCKED, `${noAccount}-locked`) : refuse(BAD_CREDENTIALS, noAccount);
  }
  const account = user!;
  if (account.lockedUntil && account.lockedUntil > now) return refuse(LOCKED, "locked");
  if (!(await verifyPassword(account.passwordHash, input.password)))
    return countFailure(BAD_CREDENTIALS, "wrong-password");
  // The one-time password of a new account or a reset is for its holder, for 72 hours.
  if (oneTimePasswordExpired(account, now)) return refuse(ONE_TIME_PASSWORD_EXPIRED, "one-time-password-expired");
  const role = account.role;
  if (!role) return refuse(NO_ROLE, "no-role");

  // An enrolled second factor is always asked for. A role that needs one but has none enrolled
  // signs in with the password only, and resolveSession sends the holder to enrol before
  // anything else (mustEnrollTotp); a secret an administrator saw (totpEnrolledAt null) is ignored.
  if (isEnrolled(account)) {
    if (!input.totp?.trim()) return refuse(TOTP_NEEDED, "totp-missing", { count: false });
    const second = await checkSecondFactor(account, input.totp, now);
    if (!second.ok) {
      if (second.reason.endsWith("-replay")) return refuse(TOTP_WRONG, second.reason);
      return countFailure(TOTP_WRONG, second.reason);
    }
  }

  try {
    const session = await prisma.$transaction(async (tx) => {
      // Refused if a parallel attempt locked the account while this one was being checked.
      if (!(await recordSuccess(tx, account.id, now))) throw new LockedMeanwhile();
      const s = await tx.authSession.create({
        data: {
          userId: account.id,
          epoch: account.sessionEpoch,
          role,
          ip,
          userAgent: input.userAgent?.slice(0, 300),
          createdAt: now,
          lastSeenAt: now,
        },
      });
      await writeAudit(tx, {
        actor: { id: account.id, username: account.username, role },
        ip,
        unitId: account.unitId,
        sessionHash: auditSessionHash(s.id),
        userAgent: input.userAgent,
        action: "auth.signin",
        objectType: "AuthSession",
        objectId: s.id,
        result: "SUCCESS",
      });
      return s;
    });
    return { ok: true, sessionId: session.id };
  } catch (e) {
    if (e instanceof LockedMeanwhile) return refuse(LOCKED, "locked");
    throw e;
  }
}
