// The pure parts of the keyed audit chain: the v1/v2 formulas, the session hash, anchor lines.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { anchorMac, anchorMacValid, makeAnchor, parseAnchors } from "@/lib/audit/anchors";
import { auditSessionHash } from "@/lib/audit/by";
import {
  GENESIS_HASH,
  auditRowHash,
  auditRowHashV1,
  auditRowHashV2,
  type AuditHashInput,
} from "@/lib/audit/chain-hash";
import { auditEntrySchema } from "@/lib/server/audit/entry";

const key = randomBytes(32);
const row: AuditHashInput = {
  id: BigInt(7),
  occurredAt: new Date("2026-12-06T08:00:00.123Z"),
  userId: "u1",
  username: "zhangsan",
  role: "UNIT",
  ip: "10.0.0.8",
  action: "read.denied",
  objectType: "Cadre",
  objectId: "c1",
  result: "DENIED",
  diff: { reason: "outOfScope" },
  referenceId: null,
  unitId: "unit-1",
  sessionHash: "0123456789abcdef",
  requestId: "req-1",
  userAgent: "Mozilla/5.0",
  chainVersion: 2,
  prevHash: GENESIS_HASH,
};

describe("chain hash versions", () => {
  it("v2 is keyed and covers the context columns; v1 ignores them", () => {
    const h = auditRowHashV2(row, key);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHashV2(row, randomBytes(32))).not.toBe(h);
    for (const change of [{ unitId: "unit-2" }, { sessionHash: "ffff" }, { requestId: null }, { userAgent: "curl" }]) {
      expect(auditRowHashV2({ ...row, ...change }, key)).not.toBe(h);
      expect(auditRowHashV1({ ...row, ...change })).toBe(auditRowHashV1(row));
    }
  });

  it("auditRowHash picks the formula by chainVersion and needs the key for v2", () => {
    expect(auditRowHash({ ...row, chainVersion: 1 })).toBe(auditRowHashV1(row));
    expect(auditRowHash({ ...row, chainVersion: undefined })).toBe(auditRowHashV1(row));
    expect(auditRowHash(row, () => key)).toBe(auditRowHashV2(row, key));
    expect(() => auditRowHash(row)).toThrow("audit key");
    expect(() => auditRowHash({ ...row, chainVersion: 3 }, key)).toThrow(RangeError);
  });
});

describe("session hash", () => {
  it("is 16 hex characters, keyed, stable, and does not contain the session id", () => {
    const h = auditSessionHash("session-id-abc", key);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(auditSessionHash("session-id-abc", key)).toBe(h);
    expect(auditSessionHash("session-id-abc", randomBytes(32))).not.toBe(h);
    expect(auditSessionHash("session-id-abd", key)).not.toBe(h);
  });
});

describe("audit entry context", () => {
  const base = {
    actor: null,
    ip: null,
    action: "auth.signin.failed",
    objectType: null,
    objectId: null,
    result: "FAILURE",
  };
  it("truncates the user agent to 300 and defaults context to null", () => {
    const e = auditEntrySchema.parse({ ...base, userAgent: "u".repeat(1000) });
    expect(e.userAgent).toHaveLength(300);
    expect(e).toMatchObject({ unitId: null, sessionHash: null, requestId: null });
  });
  it("refuses a session hash that is not a hex hash (a raw session id by mistake)", () => {
    expect(() => auditEntrySchema.parse({ ...base, sessionHash: "cuid-session-id_123" })).toThrow();
  });
});

describe("anchor lines", () => {
  const head = { id: BigInt(42), hash: "a".repeat(64) };
  it("round-trip, and the mac covers id, hash and time", () => {
    const a = makeAnchor(key, head, 42, new Date("2026-12-06T00:00:00Z"));
    expect(a).toMatchObject({ id: "42", hash: head.hash, at: "2026-12-06T00:00:00.000Z", count: 42 });
    const [line] = parseAnchors(JSON.stringify(a) + "\n\n");
    expect(line).toEqual({ line: 1, anchor: a });
    expect(anchorMacValid(key, a)).toBe(true);
    expect(anchorMacValid(randomBytes(32), a)).toBe(false);
    for (const change of [{ id: "41" }, { hash: "b".repeat(64) }, { at: "2026-12-07T00:00:00.000Z" }]) {
      expect(anchorMacValid(key, { ...a, ...change })).toBe(false);
    }
    expect(anchorMac(key, a)).toBe(a.mac);
  });
  it("report malformed lines with their number", () => {
    const lines = parseAnchors(`{"id":"1"}\nnot json`);
    expect(lines.map((l) => [l.line, l.anchor, typeof l.error])).toEqual([
      [1, null, "string"],
      [2, null, "string"],
    ]);
  });
});
