import "server-only";
// Before/after of the fields a write changed, for AuditLog.diff — what an auditor needs to see
// ("who changed 现任职务 from X to Y"), without copying personal identifiers into the log.
import { canonicalJson } from "@/lib/audit/chain-hash";
import { sanitizeAuditJson, ruleFor, HIDDEN } from "./sanitize";

export type AuditDiff = Record<string, { from: unknown; to: unknown }>;

type Row = Record<string, unknown> | null | undefined;

// Bookkeeping columns that change on every write and say nothing to an auditor.
const ALWAYS_IGNORED = new Set(["updatedAt", "createdAt", "version"]);

export interface AuditDiffOptions {
  /** Extra field names whose values are masked (e.g. ["phone"]); 身份证号 fields always are. */
  mask?: string[];
  /** Extra field names to leave out. */
  ignore?: string[];
}

// Compares raw values (not sanitized ones: two different secrets must still count as a change).
function comparable(value: unknown): string {
  const json = JSON.stringify(value ?? null, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return canonicalJson(JSON.parse(json));
}

/**
 * Changed fields only, as `{ field: { from, to } }`.
 * - create: `before` null → every field of `after` with `from: null`;
 * - delete: `after` null → every field of `before` with `to: null`;
 * - update: only the keys present in `after` are compared, so `after` may be the update's
 *   `data` object rather than the whole new row.
 * Secret fields appear as "[已隐藏]" when they changed, never with a value; 身份证号 fields are
 * masked or replaced by "[已加密]".
 */
export function auditDiff(before: Row, after: Row, options: AuditDiffOptions = {}): AuditDiff {
  const masked = new Set(options.mask ?? []);
  const ignored = new Set([...ALWAYS_IGNORED, ...(options.ignore ?? [])]);
  const keys = after ? Object.keys(after) : Object.keys(before ?? {});
  const diff: AuditDiff = {};
  for (const key of keys.sort()) {
    if (ignored.has(key)) continue;
    const from = before ? before[key] : null;
    const to = after ? after[key] : null;
    if (to === undefined && after) continue; // Prisma's "leave unchanged"
    if (comparable(from) === comparable(to)) continue;
    const rule = ruleFor(key, masked);
    if (rule === "hide") {
      diff[key] = { from: HIDDEN, to: HIDDEN };
      continue;
    }
    diff[key] = {
      from: sanitizeAuditJson(from, rule, masked),
      to: sanitizeAuditJson(to, rule, masked),
    };
  }
  return diff;
}
