import "server-only";
// Makes any value safe to store in AuditLog.diff: JSON only, no secrets, no full 身份证号.
// writeAudit applies it to every diff, so a caller that hands in a raw row by mistake still
// cannot put a password hash or a plain ID number into an append-only table that nobody
// can clean afterwards.
import { maskIdNumber } from "@/lib/validation/id-number";

export const HIDDEN = "[已隐藏]";
export const ENCRYPTED = "[已加密]";

/** Field names whose values never enter the log (only the fact that they changed). */
export const SECRET_FIELD = /passw|secret|token|totp|salt|apikey|privatekey|credential/i;
/** Ciphertext and keyed hash: opaque, but still linkable, so replaced by a marker. */
const ENCRYPTED_FIELD = /^idNumber(Cipher|Hash)$/;
/** The plain number: kept recognizable for the auditor, never in full. */
const ID_NUMBER_FIELD = /^idNumber$/;

// 18 characters that look like a 身份证号 anywhere inside a string (free-text notes included).
const ID_LIKE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

export type Rule = "hide" | "encrypted" | "idNumber" | "mask" | null;

/**
 * Masks other personal values named by the caller: 张三 → 张*, 13800138000 → 13*******00
 * (a quarter kept at each end, enough for an auditor to tell values apart).
 */
export function maskValue(value: string): string {
  const chars = [...value];
  if (chars.length <= 3) return chars.length ? chars[0] + "*".repeat(chars.length - 1) : "";
  const keep = Math.floor(chars.length / 4);
  return (
    chars.slice(0, keep).join("") + "*".repeat(chars.length - 2 * keep) + chars.slice(chars.length - keep).join("")
  );
}

export function ruleFor(key: string, extraMasked: ReadonlySet<string> = new Set()): Rule {
  if (SECRET_FIELD.test(key)) return "hide";
  if (ENCRYPTED_FIELD.test(key)) return "encrypted";
  if (ID_NUMBER_FIELD.test(key)) return "idNumber";
  if (extraMasked.has(key)) return "mask";
  return null;
}

function leaf(value: string | number | boolean, rule: Rule): string | number | boolean {
  if (rule === "hide") return HIDDEN;
  if (rule === "encrypted") return ENCRYPTED;
  if (rule === "idNumber") return maskIdNumber(String(value));
  if (rule === "mask") return maskValue(String(value));
  return typeof value === "string" ? value.replace(ID_LIKE, (m) => maskIdNumber(m)) : value;
}

/**
 * Converts to plain JSON (Date → ISO string, bigint → string, bytes → a size marker,
 * undefined dropped) and applies the rules above; a rule set by a key covers everything
 * nested under it, so `{ idNumber: { from, to } }` is masked as a whole.
 */
export function sanitizeAuditJson(value: unknown, rule: Rule = null, extraMasked?: ReadonlySet<string>): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return leaf(value.toISOString(), rule);
  if (value instanceof Uint8Array)
    return rule === "encrypted" ? ENCRYPTED : rule ? HIDDEN : `[二进制数据 ${value.length} 字节]`;
  switch (typeof value) {
    case "string":
    case "boolean":
      return leaf(value, rule);
    case "number":
      return Number.isFinite(value) ? leaf(value, rule) : null;
    case "bigint":
      return leaf(value.toString(), rule);
    case "object": {
      if (Array.isArray(value)) return value.map((v) => sanitizeAuditJson(v, rule, extraMasked));
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue;
        out[k] = sanitizeAuditJson(v, rule ?? ruleFor(k, extraMasked), extraMasked);
      }
      return out;
    }
    default:
      return null; // functions, symbols: not data
  }
}
