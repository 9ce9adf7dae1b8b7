import "server-only";
import { writeAudit, writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/session-policy";
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
    // Counted in the database, so a restart of the app does not reset the count.
    const failed = user.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS;
    await prisma.user.update({
      where: { id: user.id },
      data: lock
        ? { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
        : { failedAttempts: failed },
    });
    return fail(lock ? LOCKED : BAD_CREDENTIALS, lock ? "wrong-password-locked" : "wrong-password");
  }

  const totpRequired = TOTP_REQUIRED_ROLES.includes(user.role) || user.totpSecretCipher !== null;
  let totpStep: number | undefined;
  if (totpRequired) {
    if (!user.totpSecretCipher) return fail(TOTP_NOT_ENROLLED, "totp-not-enrolled");
    if (!input.totp) return { ok: false, message: TOTP_NEEDED };
    const check = verifyTotp(decryptTotpSecret(user.totpSecretCipher), input.totp.trim(), now, user.totpLastStep);
    if (!check.ok) return fail(TOTP_WRONG, "totp-wrong");
    totpStep = check.step;
  }

  const session = await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedAttempts: 0,
        lockedUntil: null,
        lastSignInAt: now,
        ...(totpStep ? { totpLastStep: totpStep } : {}),
      },
    });
    const s = await tx.authSession.create({
      data: {
        userId: user.id,
        epoch: user.sessionEpoch,
        role: user.role,
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
