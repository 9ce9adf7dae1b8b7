import "server-only";
// Server entry point for 身份证号 encryption and lookup hashing. Application code imports this
// module (the server-only marker keeps keys and plaintext out of client bundles); the seed CLI
// imports lib/crypto/id-number-cipher.ts directly.
import { decryptIdNumber } from "@/lib/crypto/id-number-cipher";
import { maskIdNumber } from "@/lib/validation/id-number";

export { IdNumberDecryptError, decryptIdNumber, encryptIdNumber, hashIdNumber } from "@/lib/crypto/id-number-cipher";

/**
 * A stored 身份证号 as a page or file shows it: masked (110105********0011) unless `reveal`,
 * "" when none, and a plain note instead of an error when it cannot be decrypted (a wrong key
 * must not take a whole roster down).
 */
export function idNumberText(cipher: string | null, reveal = false): string {
  if (!cipher) return "";
  try {
    const plain = decryptIdNumber(cipher);
    return reveal ? plain : maskIdNumber(plain);
  } catch {
    return "（无法解密）";
  }
}
