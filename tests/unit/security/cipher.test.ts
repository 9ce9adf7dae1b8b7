import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  IdNumberDecryptError,
  decryptIdNumber,
  encryptIdNumber,
  hashIdNumber,
  idNumberText,
} from "@/lib/server/crypto/id-number";
import { EncryptionKeyError, subkey } from "@/lib/server/crypto/keys";

const ID = "11010519491231002X";
const saved = process.env.MIAOPU_ENCRYPTION_KEY;
const newKey = () => randomBytes(32).toString("base64");

beforeEach(() => {
  process.env.MIAOPU_ENCRYPTION_KEY = newKey();
});
afterEach(() => {
  if (saved === undefined) delete process.env.MIAOPU_ENCRYPTION_KEY;
  else process.env.MIAOPU_ENCRYPTION_KEY = saved;
});

describe("encryptIdNumber / decryptIdNumber", () => {
  it("round-trips and stores the normalized number", () => {
    const c = encryptIdNumber("11010519491231002x");
    expect(c).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(c).not.toContain(ID);
    expect(decryptIdNumber(c)).toBe(ID);
  });

  it("uses a random IV: the same number encrypts differently each time", () => {
    const a = encryptIdNumber(ID);
    const b = encryptIdNumber(ID);
    expect(a).not.toBe(b);
    expect(a.split(":")[1]).not.toBe(b.split(":")[1]);
    expect(decryptIdNumber(a)).toBe(decryptIdNumber(b));
  });

  it("rejects a tampered tag, ciphertext or IV", () => {
    const [v, iv, tag, ct] = encryptIdNumber(ID).split(":");
    const flip = (b64: string) => {
      const buf = Buffer.from(b64, "base64");
      buf[0] ^= 1;
      return buf.toString("base64");
    };
    expect(() => decryptIdNumber([v, iv, flip(tag), ct].join(":"))).toThrow(IdNumberDecryptError);
    expect(() => decryptIdNumber([v, iv, tag, flip(ct)].join(":"))).toThrow(IdNumberDecryptError);
    expect(() => decryptIdNumber([v, flip(iv), tag, ct].join(":"))).toThrow(IdNumberDecryptError);
    expect(() => decryptIdNumber("v2:" + [iv, tag, ct].join(":"))).toThrow(IdNumberDecryptError);
    expect(() => decryptIdNumber(ID)).toThrow(IdNumberDecryptError);
  });

  it("cannot decrypt with another key", () => {
    const c = encryptIdNumber(ID);
    process.env.MIAOPU_ENCRYPTION_KEY = newKey();
    expect(() => decryptIdNumber(c)).toThrow(IdNumberDecryptError);
  });
});

describe("hashIdNumber", () => {
  it("is stable, hex, and ignores case of the check character", () => {
    const h = hashIdNumber(ID);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdNumber(ID)).toBe(h);
    expect(hashIdNumber("11010519491231002x")).toBe(h);
    expect(hashIdNumber("110105194912310035")).not.toBe(h);
  });

  it("is keyed: another key gives another hash", () => {
    const h = hashIdNumber(ID);
    process.env.MIAOPU_ENCRYPTION_KEY = newKey();
    expect(hashIdNumber(ID)).not.toBe(h);
  });
});

describe("key handling", () => {
  it("derives distinct subkeys for encryption and lookup", () => {
    expect(subkey("idNumberEncryption").equals(subkey("idNumberLookup"))).toBe(false);
  });

  it.each([
    ["missing", undefined, "未设置"],
    ["too short", randomBytes(16).toString("base64"), "当前解码得到 16 字节"],
    ["not base64", "this is not a key at all, 32 bytes?", "当前解码得到 0 字节"],
  ])("explains a %s key", (_label, value, message) => {
    if (value === undefined) delete process.env.MIAOPU_ENCRYPTION_KEY;
    else process.env.MIAOPU_ENCRYPTION_KEY = value;
    expect(() => encryptIdNumber(ID)).toThrow(EncryptionKeyError);
    expect(() => hashIdNumber(ID)).toThrow(message);
  });
});

describe("idNumberText: masked texts kept by ciphertext", () => {
  it("masks 11010519491231002X as 110105********002X, the second time from the kept text", () => {
    const c = encryptIdNumber(ID);
    expect(idNumberText(c)).toBe("110105********002X");
    expect(idNumberText(c)).toBe("110105********002X");
    expect(idNumberText(c, true)).toBe(ID);
    expect(idNumberText(null)).toBe("");
  });

  it("forgets the kept texts when the master key changes: the same ciphertext no longer decrypts", () => {
    const c = encryptIdNumber(ID);
    expect(idNumberText(c)).toBe("110105********002X");
    process.env.MIAOPU_ENCRYPTION_KEY = newKey();
    expect(idNumberText(c)).toBe("（无法解密）");
    expect(idNumberText(c, true)).toBe("（无法解密）");
  });

  it("keeps no failure: a ciphertext that failed under a wrong key reads again once the key is back", () => {
    const right = process.env.MIAOPU_ENCRYPTION_KEY;
    const c = encryptIdNumber(ID);
    process.env.MIAOPU_ENCRYPTION_KEY = newKey();
    expect(idNumberText(c)).toBe("（无法解密）");
    process.env.MIAOPU_ENCRYPTION_KEY = right;
    expect(idNumberText(c)).toBe("110105********002X");
  });
});
