// The audit log's hash chain: each row's hash covers its own content and the previous row's
// hash, so editing, removing or reordering any row breaks every link after it. Shared by the
// writer (lib/server/audit) and the verifier (CLI), which must compute byte-identical input.
//
// Two versions. v1 (rows written before the keyed chain): plain sha256, which anyone with write
// access to the table can recompute after an edit. v2 (every new row): HMAC-SHA256 with the
// audit key (HKDF of MIAOPU_ENCRYPTION_KEY, never in the database), over the v1 columns plus the
// context columns and the version itself, so a row cannot be downgraded to v1 without the
// verifier noticing a v1 row after a v2 row.
import { createHash, createHmac } from "node:crypto";

/** prevHash of the first row. */
export const GENESIS_HASH = "GENESIS";

/** chainVersion of rows written from now on. */
export const CURRENT_CHAIN_VERSION = 2;

/** The stored columns that the hash covers — every column except `hash` itself. */
export interface AuditHashInput {
  id: bigint;
  occurredAt: Date;
  userId: string | null;
  username: string | null;
  role: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  /** A JSON value as stored in the jsonb column, or null. */
  diff: unknown;
  referenceId: string | null;
  /** Context (v2 only; absent or null on v1 rows). */
  unitId?: string | null;
  sessionHash?: string | null;
  requestId?: string | null;
  userAgent?: string | null;
  /** 1 or 2; absent means 1 (the column's default). */
  chainVersion?: number;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every level. PostgreSQL's jsonb reorders keys, so hashing
 * JSON.stringify output directly would not survive a round trip through the database.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("canonicalJson: non-finite number");
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`canonicalJson: unsupported object ${proto?.constructor?.name ?? "?"}`);
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
  }
}

function v1Content(row: AuditHashInput) {
  return {
    id: row.id.toString(),
    occurredAt: row.occurredAt.toISOString(),
    userId: row.userId,
    username: row.username,
    role: row.role,
    ip: row.ip,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    result: row.result,
    diff: row.diff ?? null,
    referenceId: row.referenceId,
  };
}

/** v1: sha256 hex over prevHash, a newline, and the canonical JSON of the row's other columns. */
export function auditRowHashV1(row: AuditHashInput): string {
  return createHash("sha256")
    .update(`${row.prevHash}\n${canonicalJson(v1Content(row))}`, "utf8")
    .digest("hex");
}

/** v2: HMAC-SHA256 hex with the audit key over the same text, plus context and chainVersion. */
export function auditRowHashV2(row: AuditHashInput, key: Buffer): string {
  const content = {
    ...v1Content(row),
    unitId: row.unitId ?? null,
    sessionHash: row.sessionHash ?? null,
    requestId: row.requestId ?? null,
    userAgent: row.userAgent ?? null,
    chainVersion: 2,
  };
  return createHmac("sha256", key)
    .update(`${row.prevHash}\n${canonicalJson(content)}`, "utf8")
    .digest("hex");
}

/**
 * The hash a row should carry, by its chainVersion: v1 rows need no key; v2 rows need the
 * audit key (a function, so a chain of v1 rows verifies without one). Unknown versions throw.
 */
export function auditRowHash(row: AuditHashInput, key?: Buffer | (() => Buffer)): string {
  const version = row.chainVersion ?? 1;
  if (version === 1) return auditRowHashV1(row);
  if (version === 2) {
    if (!key) throw new Error("auditRowHash: a v2 row needs the audit key");
    return auditRowHashV2(row, typeof key === "function" ? key() : key);
  }
  throw new RangeError(`auditRowHash: unknown chainVersion ${version}`);
}
