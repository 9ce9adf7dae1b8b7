// The audit log's hash chain: each row's hash covers its own content and the previous row's
// hash, so editing, removing or reordering any row breaks every link after it. Shared by the
// writer (lib/server/audit) and the verifier (CLI), which must compute byte-identical input.
import { createHash } from "node:crypto";

/** prevHash of the first row. */
export const GENESIS_HASH = "GENESIS";

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

/** sha256 hex over prevHash, a newline, and the canonical JSON of the row's other columns. */
export function auditRowHash(row: AuditHashInput): string {
  const content = {
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
  return createHash("sha256")
    .update(`${row.prevHash}\n${canonicalJson(content)}`, "utf8")
    .digest("hex");
}
