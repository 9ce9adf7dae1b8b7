import "server-only";
// Checks the second factor an enrolled account typed at sign-in: a 6-digit TOTP code, or one of
// its one-time recovery codes (xxxx-xxxx). Each succeeds at most once, also when several
// sign-ins present it at the same moment (attempts.ts).
import type { User } from "@/lib/generated/prisma/client";
import { consumeRecoveryCode, consumeTotpStep } from "./attempts";
import { recoveryCodeHash } from "./keyed-hash";
import { isRecoveryCodeShape } from "./recovery-codes";
import { verifyTotp } from "./totp";
import { decryptTotpSecret } from "./totp-secret";

/**
 * ok, or why not. "wrong" counts towards the lockout (a guess); "replay" — a right code that a
 * parallel or earlier sign-in already used — is refused and audited but not counted: it is no
 * guess, and counting it would let one intercepted code lock out the holder who just used it.
 */
export type SecondFactorOutcome =
  | { ok: true; via: "totp" | "recovery" }
  | { ok: false; reason: "totp-wrong" | "totp-replay" | "recovery-wrong" | "recovery-replay" };

type Enrolled = Pick<User, "id" | "totpSecretCipher" | "totpLastStep" | "recoveryCodeHashes">;

export function isEnrolled(user: Pick<User, "totpEnrolledAt" | "totpSecretCipher">): boolean {
  return user.totpEnrolledAt !== null && user.totpSecretCipher !== null;
}

export async function checkSecondFactor(user: Enrolled, input: string, now: Date): Promise<SecondFactorOutcome> {
  const code = input.trim();
  if (isRecoveryCodeShape(code)) {
    const h = recoveryCodeHash(user.id, code);
    if (!user.recoveryCodeHashes.includes(h)) return { ok: false, reason: "recovery-wrong" };
    return (await consumeRecoveryCode(user.id, h))
      ? { ok: true, via: "recovery" }
      : { ok: false, reason: "recovery-replay" };
  }
  if (!user.totpSecretCipher) return { ok: false, reason: "totp-wrong" };
  const totp = await checkTotpOnce(user.id, user.totpSecretCipher, code, now);
  return totp === "ok" ? { ok: true, via: "totp" } : { ok: false, reason: `totp-${totp}` };
}

/**
 * A TOTP code against an encrypted secret (the enrolled one, or the pending one at enrolment),
 * accepted at most once per time step: "replay" when another sign-in, step-up or enrolment
 * already used this step. The step, not a row read earlier, decides: consumeTotpStep compares
 * with the stored one atomically. Sign-in, step-up and enrolment all check codes here. With
 * `lastStep` (step-up), a code of a step already used counts as "wrong" outright.
 */
export async function checkTotpOnce(
  userId: string,
  secretCipher: string,
  code: string,
  now: Date,
  lastStep: number | null = null,
): Promise<"ok" | "wrong" | "replay"> {
  const check = verifyTotp(decryptTotpSecret(secretCipher), code.trim(), now, lastStep);
  if (!check.ok || check.step === undefined) return "wrong";
  return (await consumeTotpStep(userId, check.step)) ? "ok" : "replay";
}
