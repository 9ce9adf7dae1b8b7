// 身份证号 columns of seeded cadres: the plain number (tests/factories idNumberFor) never
// reaches the database, only its AES-256-GCM ciphertext and keyed lookup hash from
// lib/crypto/id-number-cipher.ts (the CLI-safe twin of lib/server/crypto/id-number.ts).
// Both need MIAOPU_ENCRYPTION_KEY; without it the columns stay empty and the seed says so.
import { assertEncryptionKeyConfigured, EncryptionKeyError } from "../../lib/crypto/encryption-key";
import { encryptIdNumber, hashIdNumber } from "../../lib/crypto/id-number-cipher";
import { idNumberFor } from "../../tests/factories/id-number";
import type { SeedContext } from "./context";
import type { Person } from "./model";

export function encryptionKeyAvailable(): boolean {
  try {
    assertEncryptionKeyConfigured();
    return true;
  } catch (e) {
    if (e instanceof EncryptionKeyError) return false;
    throw e;
  }
}

export function fillIdNumbers(ctx: SeedContext, people: Person[]): void {
  if (!encryptionKeyAvailable()) {
    ctx.log("未设置 MIAOPU_ENCRYPTION_KEY：身份证号列留空 / no encryption key: ID number columns left empty");
    return;
  }
  for (const p of people) {
    const plain = idNumberFor(p.index, p.birthDate, p.gender, p.provinceCode);
    p.row.idNumberCipher = encryptIdNumber(plain);
    p.row.idNumberHash = hashIdNumber(plain);
  }
}
