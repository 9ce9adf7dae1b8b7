// 身份证号 at rest: AES-256-GCM ciphertext for display/reveal, HMAC-SHA256 for exact lookup
// (a unique index can't be built on randomized ciphertext). Not server-only so the seed CLI
// can use it; application code imports lib/server/crypto/id-number.ts instead.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { normalizeIdNumber } from "../validation/id-number";
import { subkey } from "./encryption-key";

const VERSION = "v1";
const IV_BYTES = 12; // the GCM standard nonce size (NIST SP 800-38D)
const TAG_BYTES = 16;
// Binds ciphertexts to their purpose: a v1 blob copied into another encrypted column (should
// one ever exist) fails authentication instead of decrypting.
const AAD = Buffer.from("miaopu:Cadre.idNumber:v1", "utf8");

export class IdNumberDecryptError extends Error {
  constructor(reason: string) {
    super(`身份证号密文无法解密（${reason}）：密钥与加密时不一致，或数据已被篡改。`);
    this.name = "IdNumberDecryptError";
  }
}

/** `v1:<iv b64>:<tag b64>:<ciphertext b64>`; a fresh random IV per call. */
export function encryptIdNumber(plain: string): string {
  const value = normalizeIdNumber(plain);
  if (!value) throw new Error("encryptIdNumber: empty ID number");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", subkey("idNumberEncryption"), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(AAD);
  const ct = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ct.toString("base64")].join(":");
}

export function decryptIdNumber(stored: string): string {
  const parts = stored.split(":");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new IdNumberDecryptError("格式不正确");
  const [, ivB64, tagB64, ctB64] = parts;
  const iv = Buffer.from(ivB64, "base64");
  const tag = Buffer.from(tagB64, "base64");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new IdNumberDecryptError("格式不正确");
  try {
    const decipher = createDecipheriv("aes-256-gcm", subkey("idNumberEncryption"), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(AAD);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ctB64, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new IdNumberDecryptError("认证失败");
  }
}

/**
 * Keyed lookup hash (hex). Keyed, because the space of valid ID numbers is small enough
 * (about 10^11 plausible numbers) that a plain SHA-256 could be reversed by enumeration.
 * Normalizes first, so `...002x` and `...002X` find the same cadre.
 */
export function hashIdNumber(plain: string): string {
  return createHmac("sha256", subkey("idNumberLookup")).update(normalizeIdNumber(plain), "utf8").digest("hex");
}
