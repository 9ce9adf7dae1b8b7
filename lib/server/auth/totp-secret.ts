import "server-only";
import { decryptField, encryptField } from "@/lib/crypto/field-cipher";

// TOTP secrets are stored encrypted with the same data key as 身份证号.
export const encryptTotpSecret = (base32: string) => encryptField(base32);
export const decryptTotpSecret = (cipher: string) => decryptField(cipher);
