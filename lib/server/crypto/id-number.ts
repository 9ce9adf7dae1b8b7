import "server-only";
// Server entry point for 身份证号 encryption and lookup hashing. Application code imports this
// module (the server-only marker keeps keys and plaintext out of client bundles); the seed CLI
// imports lib/crypto/id-number-cipher.ts directly.
export { IdNumberDecryptError, decryptIdNumber, encryptIdNumber, hashIdNumber } from "@/lib/crypto/id-number-cipher";
