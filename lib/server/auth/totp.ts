import "server-only";
import { Secret, TOTP } from "otpauth";

// RFC 6238: 6 digits, 30-second steps, SHA-1 (what every authenticator app supports).
const PERIOD = 30;

function totp(secretBase32: string, label = "miaopu"): TOTP {
  return new TOTP({
    issuer: "苗圃",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return totp(secretBase32, username).toString();
}

export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

/**
 * Checks a code within ±1 step of `now`. A code whose step is not later than `lastStep` was
 * already used (replay) and fails. Returns the accepted step so the caller can store it.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number | null,
): { ok: boolean; step?: number } {
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const delta = totp(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return { ok: false };
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false };
  return { ok: true, step };
}
