import "server-only";
// One-time recovery codes: ten per enrolment, shown once to the holder, for the day the phone
// with the authenticator is lost. Stored as keyed hashes (keyed-hash.ts) so that using one is a
// single atomic array_remove (attempts.ts) — each code works exactly once, also in parallel.
import { randomInt } from "node:crypto";
import { recoveryCodeHash } from "./keyed-hash";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: the holder copies these from paper. 31 symbols × 8 ≈ 40 bits, with the lockout
// after 5 wrong codes far beyond guessing.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
/** xxxx-xxxx (the dash and case are optional when typed) */
const RECOVERY_CODE_RE = /^[a-z0-9]{4}-?[a-z0-9]{4}$/i;

export function isRecoveryCodeShape(input: string): boolean {
  return RECOVERY_CODE_RE.test(input.trim());
}

function newCode(): string {
  let s = "";
  for (let i = 0; i < 8; i += 1) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Fresh codes for the holder (plain, shown once) and their hashes (stored). */
export function issueRecoveryCodes(userId: string): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  return { codes, hashes: codes.map((c) => recoveryCodeHash(userId, c)) };
}
