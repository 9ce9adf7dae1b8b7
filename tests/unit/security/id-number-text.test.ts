import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encryptIdNumber, idNumberText } from "@/lib/server/crypto/id-number";

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
