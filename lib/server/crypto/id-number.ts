import "server-only";
// Server entry point for 身份证号 encryption and lookup hashing. Application code imports this
// module (the server-only marker keeps keys and plaintext out of client bundles); the seed CLI
// imports lib/crypto/id-number-cipher.ts directly.
import { decryptIdNumber } from "@/lib/crypto/id-number-cipher";
import { ENCRYPTION_KEY_ENV } from "@/lib/crypto/encryption-key";
import { maskIdNumber } from "@/lib/validation/id-number";

export { IdNumberDecryptError, decryptIdNumber, encryptIdNumber, hashIdNumber } from "@/lib/crypto/id-number-cipher";

/** Masked texts kept (by ciphertext): about two thousand roster pages of 50. */
export const MASKED_KEPT = 100_000;
// The masked text (110105********0011) of each ciphertext shown lately, never the plaintext: a
// unit user's roster shows the same 50 people again and again, and decrypting them was the one
// cost the page added to its SQL (≈ 0.9 ms of 2.4). A ciphertext is never re-encrypted in place
// (a new 身份证号 is a new random IV, so a new key here); the kept texts go when the master key
// changes. Oldest first out (a Map keeps insertion order).
let masked: { key: string | undefined; texts: Map<string, string> } = { key: undefined, texts: new Map() };

/**
 * A stored 身份证号 as a page or file shows it: masked (110105********0011) unless `reveal`,
 * "" when none, and a plain note instead of an error when it cannot be decrypted (a wrong key
 * must not take a whole roster down).
 */
export function idNumberText(cipher: string | null, reveal = false): string {
  if (!cipher) return "";
  if (reveal) return decryptedText(cipher, true);
  const key = process.env[ENCRYPTION_KEY_ENV];
  if (masked.key !== key) masked = { key, texts: new Map() };
  const kept = masked.texts.get(cipher);
  if (kept !== undefined) return kept;
  const text = decryptedText(cipher, false);
  if (text === UNREADABLE) return text;
  if (masked.texts.size >= MASKED_KEPT) masked.texts.delete(masked.texts.keys().next().value as string);
  masked.texts.set(cipher, text);
  return text;
}

/** Drops the kept masked texts (the benchmark's first view of a page). */
export function forgetMaskedIdNumbers(): void {
  masked = { key: undefined, texts: new Map() };
}

const UNREADABLE = "（无法解密）";

function decryptedText(cipher: string, reveal: boolean): string {
  try {
    const plain = decryptIdNumber(cipher);
    return reveal ? plain : maskIdNumber(plain);
  } catch {
    return UNREADABLE;
  }
}
