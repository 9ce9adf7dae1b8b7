import "server-only";
// Server entry point for key handling; the implementation is shared with the CLI (see
// lib/crypto/encryption-key.ts), which must run outside the Next.js server.
export {
  ENCRYPTION_KEY_ENV,
  EncryptionKeyError,
  assertEncryptionKeyConfigured,
  readMasterKey,
  subkey,
  type KeyPurpose,
} from "@/lib/crypto/encryption-key";
