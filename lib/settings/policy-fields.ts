// The district-profile form, generated from the profile's zod schema: each leaf of
// POLICY_PARAMS_SCHEMA becomes one field with its Chinese label, rule ids and unit (from the
// schema's .meta(), the same data as PARAM_META). Pure: the page builds the descriptors on the
// server and the client renders them.
import { z } from "zod";
import { PARAM_GROUP_LABELS, POLICY_PARAMS_SCHEMA, type PolicyParams } from "@/lib/rules";
import {
  educationLevelLabel,
  healthStatusLabel,
  practiceKindLabel,
  rankLabel,
  trainingKindLabel,
  unitTypeLabel,
} from "@/lib/labels";

export type ParamKind = "integer" | "number" | "integerOrNull" | "enum" | "boolean" | "textList" | "enumList" | "date";
export type ParamGroup = keyof PolicyParams;

export interface ParamField {
  /** dotted path inside params, e.g. "d20.ages.divisionDeputyMax" */
  path: string;
  group: ParamGroup;
  label: string;
  ruleIds: string[];
  unit?: string;
  kind: ParamKind;
  min?: number;
  max?: number;
  options?: { value: string; label: string }[];
}

type JsonSchema = {
  type?: string;
  anyOf?: JsonSchema[];
  enum?: string[];
  items?: JsonSchema;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  title?: string;
  ruleIds?: string[];
  unit?: string;
};

// The value sets a parameter can draw from, each with its labels (lib/labels).
const VALUE_LABELS: Record<string, string>[] = [
  educationLevelLabel,
  trainingKindLabel,
  practiceKindLabel,
  unitTypeLabel,
  rankLabel,
  healthStatusLabel,
];

function optionsOf(values: string[]): { value: string; label: string }[] {
  const labels = VALUE_LABELS.find((l) => values.every((v) => v in l)) ?? {};
  return values.map((v) => ({ value: v, label: labels[v] ?? v }));
}

function kindOf(s: JsonSchema): Pick<ParamField, "kind" | "min" | "max" | "options"> {
  const range = { min: s.minimum, max: s.maximum };
  if (s.anyOf) return { kind: "integerOrNull", ...rangeOf(s.anyOf.find((a) => a.type !== "null") ?? {}) };
  if (s.type === "integer") return { kind: "integer", ...range };
  if (s.type === "number") return { kind: "number", ...range };
  if (s.type === "boolean") return { kind: "boolean" };
  if (s.type === "string" && s.enum) return { kind: "enum", options: optionsOf(s.enum) };
  if (s.type === "string") return { kind: "date" };
  if (s.type === "array" && s.items?.enum) return { kind: "enumList", options: optionsOf(s.items.enum) };
  if (s.type === "array") return { kind: "textList" };
  throw new Error(`policy form: unsupported parameter schema ${JSON.stringify(s)}`);
}

function rangeOf(s: JsonSchema) {
  return { min: s.minimum, max: s.maximum };
}

function walk(s: JsonSchema, path: string[], out: ParamField[]): void {
  if (s.type === "object" && s.properties) {
    for (const [k, v] of Object.entries(s.properties)) walk(v, [...path, k], out);
    return;
  }
  out.push({
    path: path.join("."),
    group: path[0] as ParamGroup,
    label: s.title ?? path.join("."),
    ruleIds: s.ruleIds ?? [],
    ...(s.unit ? { unit: s.unit } : {}),
    ...kindOf(s),
  });
}

let cached: ParamField[] | null = null;

/** Every parameter of a profile, in the schema's order (documents, then clauses). */
export function policyParamFields(): ParamField[] {
  if (!cached) {
    const schema = z.toJSONSchema(POLICY_PARAMS_SCHEMA as z.ZodType, { unrepresentable: "any" }) as JsonSchema;
    const out: ParamField[] = [];
    walk(schema, [], out);
    cached = out;
  }
  return cached;
}

export const POLICY_GROUPS = Object.entries(PARAM_GROUP_LABELS).map(([key, label]) => ({
  key: key as ParamGroup,
  label,
}));

/** Reads one value out of a parameter set by its dotted path. */
export function valueAt(params: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), params);
}

/** Each rule's text beside the fields that feed it (explain(ruleId), computed on the server). */
export type RuleTexts = Record<string, { title: string; text: string; source: string }>;
