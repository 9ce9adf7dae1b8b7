import { describe, expect, it } from "vitest";
import { auditRowHash, canonicalJson, GENESIS_HASH } from "@/lib/audit/chain-hash";
import { auditDiff, sanitizeAuditJson } from "@/lib/server/audit";

describe("auditDiff", () => {
  it("keeps only changed fields, ignoring bookkeeping columns", () => {
    const before = {
      name: "张三",
      currentPostTitle: "科员",
      version: 3,
      updatedAt: new Date(1),
      familiarDomains: ["党建"],
    };
    const after = {
      name: "张三",
      currentPostTitle: "副科长",
      version: 4,
      updatedAt: new Date(2),
      familiarDomains: ["党建"],
    };
    expect(auditDiff(before, after)).toEqual({ currentPostTitle: { from: "科员", to: "副科长" } });
  });

  it("compares only the keys being written, so `after` can be the update's data", () => {
    expect(auditDiff({ name: "张三", unitId: "u1" }, { unitId: "u2", rank: undefined })).toEqual({
      unitId: { from: "u1", to: "u2" },
    });
  });

  it("lists every field on create and on delete", () => {
    expect(auditDiff(null, { name: "李四", birthDate: new Date("1990-01-02") })).toEqual({
      birthDate: { from: null, to: "1990-01-02T00:00:00.000Z" },
      name: { from: null, to: "李四" },
    });
    expect(auditDiff({ name: "李四" }, null)).toEqual({ name: { from: "李四", to: null } });
  });

  it("masks ID numbers, hides ciphertext, and never includes secrets", () => {
    const d = auditDiff(
      {
        idNumber: null,
        idNumberCipher: null,
        idNumberHash: null,
        passwordHash: "$argon2id$a",
        totpSecret: "AAA",
        phone: "13800138000",
      },
      {
        idNumber: "11010519491231002X",
        idNumberCipher: "v1:x:y:z",
        idNumberHash: "ab12",
        passwordHash: "$argon2id$b",
        totpSecret: "BBB",
        phone: "13900139000",
      },
      { mask: ["phone"] },
    );
    expect(d).toEqual({
      idNumber: { from: null, to: "110105********002X" },
      idNumberCipher: { from: null, to: "[已加密]" },
      idNumberHash: { from: null, to: "[已加密]" },
      passwordHash: { from: "[已隐藏]", to: "[已隐藏]" },
      totpSecret: { from: "[已隐藏]", to: "[已隐藏]" },
      phone: { from: "13*******00", to: "13*******00" },
    });
    expect(JSON.stringify(d)).not.toMatch(/argon2|AAA|BBB|v1:x|138001|139001/);
  });

  it("still reports a changed secret whose masked forms are equal", () => {
    expect(auditDiff({ passwordHash: "a" }, { passwordHash: "b" })).toHaveProperty("passwordHash");
    expect(auditDiff({ passwordHash: "a" }, { passwordHash: "a" })).toEqual({});
  });
});

describe("sanitizeAuditJson", () => {
  it("masks ID-number-like text anywhere and converts to plain JSON", () => {
    expect(
      sanitizeAuditJson({
        note: "核对 11010519491231002x 无误",
        at: new Date(0),
        n: BigInt(7),
        photo: new Uint8Array(3),
        gone: undefined,
      }),
    ).toEqual({
      note: "核对 110105********002X 无误",
      at: "1970-01-01T00:00:00.000Z",
      n: "7",
      photo: "[二进制数据 3 字节]",
    });
  });

  it("masks caller-named fields: 张三 → 张*", () => {
    expect(auditDiff({ name: "张三" }, { name: "李四" }, { mask: ["name"] })).toEqual({
      name: { from: "张*", to: "李*" },
    });
  });

  it("applies a key's rule to everything below it", () => {
    expect(sanitizeAuditJson({ user: { newPassword: "Secret-123456", name: "王五" } })).toEqual({
      user: { newPassword: "[已隐藏]", name: "王五" },
    });
  });
});

describe("chain hash", () => {
  const row = {
    id: BigInt(1),
    occurredAt: new Date("2026-11-22T01:00:00.123Z"),
    userId: "u1",
    username: "zhangsan",
    role: "ORG_STAFF",
    ip: "10.0.0.1",
    action: "cadre.update",
    objectType: "Cadre",
    objectId: "c1",
    result: "SUCCESS",
    diff: { b: 1, a: { d: [1, "x"], c: null } },
    referenceId: null,
    prevHash: GENESIS_HASH,
  };

  it("is independent of key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: [{ z: 1, y: 2 }] })).toBe('{"a":[{"y":2,"z":1}],"b":1}');
    expect(auditRowHash({ ...row, diff: { a: { c: null, d: [1, "x"] }, b: 1 } })).toBe(auditRowHash(row));
  });

  it("changes with any covered field, including the previous hash", () => {
    const h = auditRowHash(row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [
      { id: BigInt(2) },
      { occurredAt: new Date("2026-11-22T01:00:00.124Z") },
      { username: "lisi" },
      { result: "DENIED" },
      { diff: { b: 2, a: { d: [1, "x"], c: null } } },
      { prevHash: "0".repeat(64) },
    ]) {
      expect(auditRowHash({ ...row, ...change })).not.toBe(h);
    }
  });
});
