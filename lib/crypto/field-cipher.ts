// AES-256-GCM for small secrets other than 身份证号 (today: TOTP seeds), under a subkey of the
// same master key with its own HKDF label, so the two uses never share a key.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { readMasterKey } from "./encryption-key";

const INFO = "miaopu/field-secret/aes-256-gcm/v1";
const SALT = Buffer.from("miaopu/hkdf-salt/v1", "utf8");

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", readMasterKey(), SALT, INFO, 32));
}

export function encryptField(plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key(), iv);
  const ct = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return ["f1", iv.toString("base64"), c.getAuthTag().toString("base64"), ct.toString("base64")].join(":");
}

export function decryptField(stored: string): string {
  const [v, iv, tag, ct] = stored.split(":");
  if (v !== "f1" || !iv || !tag || !ct) throw new Error("encrypted field has an unknown format");
  const d = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64"));
  d.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([d.update(Buffer.from(ct, "base64")), d.final()]).toString("utf8");
}
