"use client";
// One generated parameter field: the input for its kind, its label and unit, the rule ids it
// feeds with each rule's text (explain), the inherited value when overridden, and its error.
import type { ParamField as Field, RuleTexts } from "@/lib/settings/policy-fields";
import { paramValueText } from "@/lib/settings/param-value-text";

export type { RuleTexts };

const inputClass = (error?: string) =>
  `w-full rounded-md border px-2 py-1.5 text-sm ${error ? "border-red-500" : "border-slate-300"}`;

function Input({ field, value, error }: { field: Field; value: unknown; error?: string }) {
  const id = `param-${field.path}`;
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined };
  switch (field.kind) {
    case "boolean":
      return (
        <input
          id={id}
          name={field.path}
          type="checkbox"
          defaultChecked={value === true}
          className="h-4 w-4"
          {...aria}
        />
      );
    case "enum":
      return (
        <select id={id} name={field.path} defaultValue={String(value ?? "")} className={inputClass(error)} {...aria}>
          {field.options!.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case "enumList":
      return (
        <fieldset id={id} className="flex flex-wrap gap-x-4 gap-y-1 text-sm" {...aria}>
          {field.options!.map((o) => (
            <label key={o.value} className="inline-flex items-center gap-1">
              <input
                type="checkbox"
                name={field.path}
                value={o.value}
                defaultChecked={(value as string[] | undefined)?.includes(o.value)}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    case "textList":
      return (
        <textarea
          id={id}
          name={field.path}
          rows={3}
          defaultValue={((value as string[] | undefined) ?? []).join("\n")}
          className={inputClass(error)}
          {...aria}
        />
      );
    default:
      return (
        <input
          id={id}
          name={field.path}
          type="text"
          inputMode={field.kind === "date" ? "text" : "decimal"}
          defaultValue={value === null || value === undefined ? "" : String(value)}
          placeholder={field.kind === "integerOrNull" ? "不设" : field.kind === "date" ? "YYYY-MM-DD" : ""}
          className={inputClass(error)}
          {...aria}
        />
      );
  }
}

export function ParamField({
  field,
  value,
  base,
  error,
  rules,
}: {
  field: Field;
  value: unknown;
  base: unknown;
  error?: string;
  rules: RuleTexts;
}) {
  const overridden = JSON.stringify(value ?? null) !== JSON.stringify(base ?? null);
  const id = `param-${field.path}`;
  return (
    <div className={`rounded-md p-2 ${overridden ? "bg-amber-50" : ""}`} data-testid={`field-${field.path}`}>
      <div className="grid gap-2 md:grid-cols-[minmax(14rem,2fr)_minmax(10rem,1fr)]">
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {field.label}
            {field.unit && field.unit !== "日期" ? (
              <span className="ml-1 text-xs text-slate-500">（{field.unit}）</span>
            ) : null}
          </label>
          <div className="mt-0.5 text-xs text-slate-500">
            {field.ruleIds.map((r) => (
              <details key={r} className="mr-2 inline-block align-top">
                <summary className="cursor-pointer font-mono text-brand-700">{r}</summary>
                <span className="block max-w-prose text-slate-600">
                  {rules[r]?.text}（{rules[r]?.source}）
                </span>
              </details>
            ))}
            <span className="ml-2 font-mono text-slate-400">{field.path}</span>
          </div>
        </div>
        <div>
          <Input field={field} value={value} error={error} />
          {overridden ? <p className="mt-1 text-xs text-amber-800">继承值：{paramValueText(field, base)}</p> : null}
          {error ? (
            <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-600">
              {error}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
