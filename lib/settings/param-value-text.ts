// A parameter value as text for the form and the version view: 是/否, labels for enum values,
// lists joined with 、, "不设" for an unset (null) pinned count.
import type { ParamField } from "./policy-fields";

export function paramValueText(field: Pick<ParamField, "kind" | "options" | "unit">, value: unknown): string {
  if (value === null || value === undefined) return "不设";
  const label = (v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v);
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.length ? value.map(label).join("、") : "（空）";
  if (field.kind === "enum") return label(value);
  const unit = field.unit && !["比例", "日期", "年份"].includes(field.unit) ? field.unit : "";
  return `${String(value)}${unit}`;
}
