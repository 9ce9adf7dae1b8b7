import "server-only";
// Keyed hashes for what the sign-in path must recognise again but never store readable: the
// username typed at a failed sign-in for an account that does not exist (often a password typed
// into the wrong field) and the one-time recovery codes. HMAC-SHA256 under the lookup subkey of
// MIAOPU_ENCRYPTION_KEY (the key of the 身份证号 lookup hashes), with a label per use so the
// uses cannot be confused; the key is not in the database, so a stolen copy of it cannot be
// searched by guessing.
import { createHmac } from "node:crypto";
import { subkey } from "@/lib/server/crypto/keys";

function keyedHash(label: string, value: string): string {
  return createHmac("sha256", subkey("idNumberLookup"))
    .update(`miaopu/${label}/v1\u0000${value}`, "utf8")
    .digest("hex");
}

/** What a failed sign-in for an unknown username records instead of the text typed. */
export function typedUsernameHash(username: string): string {
  return `hmac:${keyedHash("signin-username", username.trim().toLowerCase()).slice(0, 32)}`;
}

/** The stored form of a recovery code; bound to the account, so equal codes differ per user. */
export function recoveryCodeHash(userId: string, code: string): string {
  return keyedHash("recovery-code", `${userId}\u0000${normalizeRecoveryCode(code)}`);
}

export function normalizeRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, "");
}

/**
 * The stored form of a one-time voting code (lib/server/voting): the code itself is never
 * stored, and without the server key the hashes cannot be tested against guesses.
 */
export function votingCodeHash(code: string): string {
  return keyedHash("voting-code", code);
}

/** The key a failure throttle counts under (an address, a typed username), never stored readable. */
export function throttleKeyHash(scope: string, key: string): string {
  return keyedHash("throttle", `${scope}\u0000${key}`).slice(0, 32);
}
