// The master key MIAOPU_ENCRYPTION_KEY and the subkeys derived from it. Not server-only so the
// seed CLI (tsx) can encrypt too; server code imports it via lib/server/crypto/keys.ts.
//
// Why subkeys: one key per purpose (encryption vs. lookup hash) means a weakness in one use
// cannot help an attack on the other, and a future purpose gets its own `info` label without
// a second environment variable. HKDF-SHA256 (RFC 5869) is the standard way to do that.
import { hkdfSync } from "node:crypto";

export const ENCRYPTION_KEY_ENV = "MIAOPU_ENCRYPTION_KEY";

/** process.env, or a plain object in tests. */
type Env = Record<string, string | undefined>;
const MASTER_KEY_BYTES = 32;
// A fixed, public salt: the master key is already uniformly random, so the salt only separates
// Miaopu's derivations from any other use of the same bytes (RFC 5869 §3.1).
const HKDF_SALT = Buffer.from("miaopu/hkdf-salt/v1", "utf8");
const INFO = {
  idNumberEncryption: "miaopu/id-number/aes-256-gcm/v1",
  idNumberLookup: "miaopu/id-number/hmac-sha256/v1",
  // The audit log's keyed hash chain and its anchors (lib/audit/chain-hash.ts, anchors.ts).
  auditChain: "miaopu/audit-chain/hmac-sha256/v1",
  // AuditLog.sessionHash: links a session's rows without storing its id (a bearer credential).
  auditSession: "miaopu/audit-session/hmac-sha256/v1",
} as const;

export type KeyPurpose = keyof typeof INFO;

export class EncryptionKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EncryptionKeyError";
  }
}

/** Decodes and checks the master key; the message says how to fix it, in Chinese and English. */
export function readMasterKey(env: Env = process.env): Buffer {
  const raw = env[ENCRYPTION_KEY_ENV]?.trim();
  if (!raw) {
    throw new EncryptionKeyError(
      `${ENCRYPTION_KEY_ENV} 未设置 / is not set. 使用 npm start 启动会在 .data/secrets.json 生成本地密钥；` +
        `正式部署请设置为 32 字节随机数的 base64（例如 openssl rand -base64 32）。`,
    );
  }
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, "base64") : Buffer.alloc(0);
  if (bytes.length !== MASTER_KEY_BYTES) {
    throw new EncryptionKeyError(
      `${ENCRYPTION_KEY_ENV} 必须是 32 字节随机数的 base64 编码（当前解码得到 ${bytes.length} 字节）/ ` +
        `must be the base64 encoding of exactly 32 random bytes (got ${bytes.length}).`,
    );
  }
  return bytes;
}

// Derivation is cheap but not free; cache per master-key string so a changed env (tests,
// key rotation tooling) is picked up without a restart.
let cache: { raw: string; keys: Map<KeyPurpose, Buffer> } | null = null;

/** A 32-byte subkey for one purpose, derived with HKDF-SHA256 from MIAOPU_ENCRYPTION_KEY. */
export function subkey(purpose: KeyPurpose, env: Env = process.env): Buffer {
  // the same master-key string as last time: its subkey is kept (a roster page decrypts 50
  // 身份证号, and decoding and checking the key again for each cost about as much as the decryption)
  const kept = cache?.raw === env[ENCRYPTION_KEY_ENV]?.trim() ? cache?.keys.get(purpose) : undefined;
  if (kept) return kept;
  const master = readMasterKey(env);
  const raw = env[ENCRYPTION_KEY_ENV]!.trim();
  if (!cache || cache.raw !== raw) cache = { raw, keys: new Map() };
  let key = cache.keys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", master, HKDF_SALT, INFO[purpose], 32));
    cache.keys.set(purpose, key);
  }
  return key;
}

/** Fails fast at start-up instead of on the first save of a 身份证号. */
export function assertEncryptionKeyConfigured(env: Env = process.env): void {
  readMasterKey(env);
}
