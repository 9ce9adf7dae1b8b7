import "server-only";
// Server entry point for key handling; the implementation is shared with the CLI (see
// lib/crypto/encryption-key.ts), which must run outside the Next.js server.
import { subkey } from "@/lib/crypto/encryption-key";

export {
  ENCRYPTION_KEY_ENV,
  EncryptionKeyError,
  assertEncryptionKeyConfigured,
  readMasterKey,
  subkey,
  type KeyPurpose,
} from "@/lib/crypto/encryption-key";

/**
 * The key of the audit log's HMAC chain and anchors, derived from MIAOPU_ENCRYPTION_KEY: it is
 * never stored in the database, so a database owner cannot recompute a valid chain.
 */
export const auditChainKey = (): Buffer => subkey("auditChain");
