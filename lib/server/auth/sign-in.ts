import "server-only";
import { writeAudit, writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { consumeTotpStep, isLocked, recordFailedAttempt } from "./attempts";
import { isSignInThrottled, recordSignInFailure } from "./throttle";
import { TOTP_REQUIRED_ROLES, verifyTotp } from "./totp";
import { decryptTotpSecret } from "./totp-secret";

export interface SignInInput {
  username: string;
  password: string;
  totp?: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

export type SignInResult = { ok: true; sessionId: string } | { ok: false; message: string };

// One message for an unknown user and a wrong password, so the form reveals nothing.
export const BAD_CREDENTIALS = "用户名或密码错误";
const LOCKED = "连续登录失败次数过多，账号已锁定 15 分钟，请稍后再试";
const THROTTLED = "登录尝试过于频繁，请稍后再试";
const TOTP_NEEDED = "请输入动态口令（6 位数字）";
const TOTP_WRONG = "动态口令错误或已使用过";
const NO_ROLE = "该账号尚未授予角色，请联系安全管理员";
const TOTP_NOT_ENROLLED = "该账号须使用动态口令，但尚未绑定，请联系系统管理员";

export async function signIn(input: SignInInput): Promise<SignInResult> {
  const { now, ip } = input;
  const username = input.username.trim();
  if (ip && isSignInThrottled(ip, now)) return { ok: false, message: THROTTLED };

  const user = await prisma.user.findUnique({ where: { username } });
  const fail = async (message: string, reason: string) => {
    if (ip) recordSignInFailure(ip, now);
    await writeAuditStandalone({
      actor: user ? { id: user.id, username: user.username, role: user.role } : null,
      ip,
      action: "auth.signin.failed",
      objectType: "User",
      objectId: user?.id ?? null,
      result: "FAILURE",
      diff: { reason, username },
    });
    return { ok: false as const, message };
  };

  if (!user || user.disabledAt) {
    await burnPasswordCheck(input.password);
    return fail(BAD_CREDENTIALS, user ? "disabled" : "unknown-user");
  }
  if (user.lockedUntil && user.lockedUntil > now) return fail(LOCKED, "locked");

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    // Counted atomically in the database: parallel attempts each count, and a restart of
    // the app does not reset the count.
    const { locked } = await recordFailedAttempt(user.id, now);
    return fail(locked ? LOCKED : BAD_CREDENTIALS, locked ? "wrong-password-locked" : "wrong-password");
  }
  // A parallel request may have locked the account while this password was being checked.
  if (await isLocked(user.id, now)) return fail(LOCKED, "locked");
  const role = user.role;
  if (!role) return fail(NO_ROLE, "no-role");

  const totpRequired = TOTP_REQUIRED_ROLES.includes(role) || user.totpSecretCipher !== null;
  if (totpRequired) {
    if (!user.totpSecretCipher) return fail(TOTP_NOT_ENROLLED, "totp-not-enrolled");
    if (!input.totp) return { ok: false, message: TOTP_NEEDED };
    const check = verifyTotp(decryptTotpSecret(user.totpSecretCipher), input.totp.trim(), now, user.totpLastStep);
    if (!check.ok || check.step === undefined) {
      const { locked } = await recordFailedAttempt(user.id, now);
      return fail(locked ? LOCKED : TOTP_WRONG, locked ? "totp-wrong-locked" : "totp-wrong");
    }
    // Once only, also when several sign-ins present the same code at the same moment.
    if (!(await consumeTotpStep(user.id, check.step))) {
      const { locked } = await recordFailedAttempt(user.id, now);
      return fail(locked ? LOCKED : TOTP_WRONG, locked ? "totp-replay-locked" : "totp-replay");
    }
  }

  const session = await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedAttempts: 0,
        lockedUntil: null,
        lastSignInAt: now,
      },
    });
    const s = await tx.authSession.create({
      data: {
        userId: user.id,
        epoch: user.sessionEpoch,
        role,
        ip,
        userAgent: input.userAgent?.slice(0, 300),
        createdAt: now,
        lastSeenAt: now,
      },
    });
    await writeAudit(tx, {
      actor: { id: user.id, username: user.username, role: user.role },
      ip,
      action: "auth.signin",
      objectType: "AuthSession",
      objectId: s.id,
      result: "SUCCESS",
    });
    return s;
  });
  return { ok: true, sessionId: session.id };
}
