// A district profile being edited: the form's raw values turned into typed overrides of the
// inherited parameters (only what differs from the base is stored), and the rules engine's
// validation issues turned back into messages beside the fields. Pure.
import type { ProfileIssue } from "@/lib/rules";
import { policyParamFields, valueAt, type ParamField } from "./policy-fields";

export type RawParamValue = string | boolean | string[];
export type FlatOverrides = Record<string, unknown>;

const NUMBER = /^-?\d+(\.\d+)?$/;
const INHERIT = Symbol("inherit");

/** Form text → the parameter's type. A blank field inherits; text that is not a number stays text, so validation names it. */
export function coerceParam(field: ParamField, raw: RawParamValue): unknown | typeof INHERIT {
  if (field.kind === "boolean") return raw === true || raw === "true";
  if (field.kind === "enumList") return Array.isArray(raw) ? raw : String(raw).split(",").filter(Boolean);
  if (field.kind === "textList") {
    const items = Array.isArray(raw) ? raw : String(raw).split(/[\n、，,；;]+/);
    return items.map((s) => s.trim()).filter(Boolean);
  }
  const s = String(raw).trim();
  if (field.kind === "integerOrNull") return s === "" ? null : NUMBER.test(s) ? Number(s) : s;
  if (s === "") return INHERIT;
  if (field.kind === "integer" || field.kind === "number") return NUMBER.test(s) ? Number(s) : s;
  return s;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The overrides a form describes: every field whose value differs from the inherited one.
 * Unknown paths are returned separately (a tampered or outdated form).
 */
export function overridesFromForm(
  raw: Record<string, RawParamValue>,
  base: unknown,
): { overrides: FlatOverrides; unknown: string[] } {
  const fields = new Map(policyParamFields().map((f) => [f.path, f]));
  const overrides: FlatOverrides = {};
  const unknown: string[] = [];
  for (const [path, value] of Object.entries(raw)) {
    const field = fields.get(path);
    if (!field) {
      unknown.push(path);
      continue;
    }
    const v = coerceParam(field, value);
    if (v !== INHERIT && !same(v, valueAt(base, path))) overrides[path] = v;
  }
  return { overrides, unknown };
}

/** { "d20.ages.x": 38 } → { d20: { ages: { x: 38 } } } (the shape ProfileDefinition.params takes). */
export function nestOverrides(flat: FlatOverrides): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split(".");
    let node = out;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return out;
}

/** The inverse, for showing which fields a stored version overrides. */
export function flattenOverrides(nested: unknown, prefix = ""): FlatOverrides {
  const out: FlatOverrides = {};
  if (!nested || typeof nested !== "object" || Array.isArray(nested)) return out;
  for (const [k, v] of Object.entries(nested as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object" && !Array.isArray(v)) Object.assign(out, flattenOverrides(v, path));
    else out[path] = v;
  }
  return out;
}

/**
 * Issues of safeResolveProfile → messages keyed by form field: parameter paths
 * ("params.d20.ages.x" → "d20.ages.x", list items to their list), other issues by their
 * top-level field (key, name, extends).
 */
export function issuesByField(issues: ProfileIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const field = i.path.startsWith("params.") ? i.path.slice(7).replace(/\.\d+$/, "") : i.path.split(/[.[]/)[0];
    out[field] = out[field] ? `${out[field]}；${i.message}` : i.message;
  }
  return out;
}
