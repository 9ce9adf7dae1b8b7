import "server-only";
// The holder enrols their own second factor at first sign-in (issue 18, items 2 and 3): no
// administrator ever sees the secret. The page shows a pending secret (kept encrypted in
// totpPendingCipher until confirmed), the holder scans it and types a code; the right code makes
// it the account's secret and gives the holder ten one-time recovery codes, shown once.
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { issueRecoveryCodes } from "./recovery-codes";
import { checkTotpOnce, isEnrolled } from "./second-factor-check";
import { newTotpSecret, totpUri } from "./totp";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-secret";

export const ALREADY_ENROLLED = "动态口令已绑定；如需更换，请联系安全管理员重置";

export interface PendingEnrolment {
  secret: string;
  uri: string;
}

/** The secret waiting for the holder's confirmation, created on first call; the same on reload. */
export async function pendingEnrolment(actor: Actor): Promise<PendingEnrolment> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (isEnrolled(user)) throw new UserFacingError(ALREADY_ENROLLED);
  let cipher = user.totpPendingCipher;
  if (!cipher) {
    const fresh = encryptTotpSecret(newTotpSecret());
    // Two tabs at once: the first one's secret stays, the other re-reads it.
    await prisma.user.updateMany({
      where: { id: user.id, totpPendingCipher: null },
      data: { totpPendingCipher: fresh },
    });
    cipher = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpPendingCipher!;
  }
  const secret = decryptTotpSecret(cipher);
  return { secret, uri: totpUri(secret, user.username) };
}

/**
 * Confirms the pending secret with a code from the holder's authenticator. Returns the recovery
 * codes, which exist in plain text only in this answer.
 */
export async function confirmEnrolment(
  actor: Actor,
  code: string,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (isEnrolled(user)) throw new UserFacingError(ALREADY_ENROLLED);
  const pending = user.totpPendingCipher;
  if (!pending) throw new FieldError("code", "二维码已失效，请刷新页面重新扫描");
  // Not counted towards the lockout: the session already passed the password, and the secret
  // on screen is this holder's own.
  if ((await checkTotpOnce(user.id, pending, code, now)) !== "ok") {
    throw new FieldError("code", "动态口令不正确，请核对手机时间后输入最新的 6 位数字");
  }
  const { codes, hashes } = issueRecoveryCodes(user.id);
  await prisma.$transaction(async (tx) => {
    const n = await tx.user.updateMany({
      where: { id: user.id, totpPendingCipher: pending, totpEnrolledAt: null },
      data: {
        totpSecretCipher: pending,
        totpPendingCipher: null,
        totpEnrolledAt: now,
        recoveryCodeHashes: hashes,
        version: { increment: 1 },
      },
    });
    if (n.count !== 1) throw new UserFacingError(ALREADY_ENROLLED);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.enrollTotp",
      objectType: "User",
      objectId: user.id,
      result: "SUCCESS",
      diff: { secondFactor: { from: "未绑定", to: "已绑定" }, recoveryCodes: codes.length },
    });
  });
  return { recoveryCodes: codes };
}
