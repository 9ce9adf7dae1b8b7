import "server-only";
// Step-up: a fresh second-factor check inside a signed-in session, asked before full 身份证号
// leave the system in an export (issue 18 item 4). The holder types the current 动态口令; it is
// checked against the enrolled secret exactly as at sign-in — once only (the time step is
// recorded atomically, so a code used to sign in or for an earlier step-up is refused), a
// wrong code counts toward the lockout — and the session row remembers when. Exports trust
// only that row, read again on the server, never anything the browser says.
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit, writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { isLocked, recordFailedAttempt } from "./attempts";
import { checkTotpOnce, isEnrolled } from "./second-factor-check";

/** How long a step-up lets full numbers out: five minutes. */
export const STEP_UP_VALID_MS = 5 * 60_000;

export const NOT_ENROLLED = "您的账号尚未绑定动态口令（第二重身份验证），不能导出完整身份证号；请先绑定动态口令";
const WRONG = "动态口令错误或已使用过，请等待下一个口令";
const LOCKED = "连续验证失败次数过多，账号已锁定 15 分钟，请稍后再试";

/** An enrolled second factor: a secret and the holder's completed enrolment. */
export async function hasEnrolledSecondFactor(userId: string): Promise<boolean> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: { totpSecretCipher: true, totpEnrolledAt: true },
  });
  return !!u && isEnrolled(u);
}

async function failed(actor: Actor, now: Date, reason: string, count = true): Promise<never> {
  // A replayed right code is refused but not counted (as at sign-in): otherwise whoever saw
  // one code could lock its holder out by replaying it.
  const { locked } = count ? await recordFailedAttempt(actor.userId, now) : { locked: false };
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "auth.stepUp",
    objectType: "AuthSession",
    objectId: actor.sessionId,
    result: "FAILURE",
    diff: { reason: locked ? `${reason}-locked` : reason },
  });
  throw new FieldError("code", locked ? LOCKED : WRONG);
}

/**
 * Checks `code` against the actor's enrolled secret and, when it holds, stamps the session
 * (AuthSession.stepUpAt = now) and audits `auth.stepUp`. Failures answer beside the code field.
 */
export async function verifyStepUp(actor: Actor, code: string, now: Date): Promise<{ stepUpAt: Date }> {
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { totpSecretCipher: true, totpEnrolledAt: true, totpLastStep: true },
  });
  if (!user?.totpSecretCipher || !isEnrolled(user)) throw new FieldError("code", NOT_ENROLLED);
  if (await isLocked(actor.userId, now)) throw new FieldError("code", LOCKED);
  // Once only, also against a sign-in or another step-up presenting the same code at once; a
  // code already used (the stored step) is a guess here and counts.
  const totp = await checkTotpOnce(actor.userId, user.totpSecretCipher, code, now, user.totpLastStep);
  if (totp !== "ok") return failed(actor, now, `totp-${totp}`, totp === "wrong");
  await prisma.$transaction(async (tx) => {
    const n = await tx.authSession.updateMany({
      where: { id: actor.sessionId, userId: actor.userId, revokedAt: null },
      data: { stepUpAt: now },
    });
    if (n.count !== 1) throw new UserFacingError("登录已失效，请重新登录");
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "auth.stepUp",
      objectType: "AuthSession",
      objectId: actor.sessionId,
      result: "SUCCESS",
    });
  });
  return { stepUpAt: now };
}

/** Whether the actor's session passed a step-up in the last five minutes (read fresh from the row). */
export async function hasFreshStepUp(actor: Actor, now: Date): Promise<boolean> {
  const s = await prisma.authSession.findFirst({
    where: { id: actor.sessionId, userId: actor.userId, revokedAt: null },
    select: { stepUpAt: true },
  });
  if (!s?.stepUpAt) return false;
  const age = now.getTime() - s.stepUpAt.getTime();
  return age >= 0 && age <= STEP_UP_VALID_MS;
}
