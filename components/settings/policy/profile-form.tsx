"use client";
// The district-profile editor: name, key, the profile it extends, and every parameter (fields
// generated from the schema). "检查并预览" validates the whole profile and shows how the target
// statuses would change; only then can it be saved (as a new version), with or without activating.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { previewDraftAction, saveProfileAction } from "@/app/(app)/settings/policy/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FlatOverrides, RawParamValue } from "@/lib/settings/policy-draft";
import type { ParamField as FieldDesc, ParamGroup } from "@/lib/settings/policy-fields";
import type { ProfileDraft } from "@/lib/validation/policy-profile";
import { FormAlert } from "@/components/ui/form-alert";
import { errorAt } from "@/components/forms/field-errors";
import { useSave } from "@/components/forms/use-save";
import { ParamField, type RuleTexts } from "./param-field";
import { StatusChanges } from "./status-changes";
import { ClientForm } from "@/components/ui/client-form";

export interface ProfileFormProps {
  initial: {
    key: string;
    name: string;
    description: string;
    extendsKey: string;
    basedOnVersion: number | null;
    overrides: FlatOverrides;
  };
  fields: FieldDesc[];
  groups: { key: ParamGroup; label: string }[];
  /** the inherited parameter values of each profile that may be extended, by path */
  bases: Record<string, Record<string, unknown>>;
  extendsOptions: { value: string; label: string }[];
  rules: RuleTexts;
}

function readDraft(form: HTMLFormElement, fields: FieldDesc[], basedOnVersion: number | null): ProfileDraft {
  const f = new FormData(form);
  const values: Record<string, RawParamValue> = {};
  for (const field of fields) {
    if (field.kind === "boolean") values[field.path] = f.get(field.path) === "on";
    else if (field.kind === "enumList") values[field.path] = f.getAll(field.path).map(String);
    else values[field.path] = String(f.get(field.path) ?? "");
  }
  return {
    key: String(f.get("key") ?? ""),
    name: String(f.get("name") ?? ""),
    description: String(f.get("description") ?? ""),
    extendsKey: String(f.get("extendsKey") ?? ""),
    basedOnVersion,
    values,
  };
}

export function ProfileForm({ initial, fields, groups, bases, extendsOptions, rules }: ProfileFormProps) {
  const [extendsKey, setExtendsKey] = useState(initial.extendsKey);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const preview = useAction(previewDraftAction);
  // a refusal (ok: false, with field messages) stays on screen; a save goes to the list
  const save = useSave(saveProfileAction, {
    went: (data) => data.ok,
    goTo: (data) =>
      data.ok
        ? `/settings/policy?saved=${encodeURIComponent(draft?.key ?? "")}&version=${data.profileVersion}`
        : undefined,
  });
  const previewData = preview.result.data;
  const saveData = save.result.data;
  const fieldErrors: Record<string, string> = {
    ...(previewData && !previewData.ok ? previewData.fieldErrors : {}),
    ...(saveData && !saveData.ok ? saveData.fieldErrors : {}),
  };
  const err = (f: string) => fieldErrors[f] ?? errorAt(preview.result.validationErrors, [f]);
  const base = bases[extendsKey] ?? {};
  const ready = draft && previewData?.ok && !preview.isPending;

  function onPreview(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = readDraft(e.currentTarget, fields, initial.basedOnVersion);
    setDraft(d);
    save.reset();
    preview.execute(d);
  }

  function onSave(activate: boolean) {
    if (!draft || !previewData?.ok) return;
    save.execute({ ...draft, activate, expectedActiveRowId: previewData.activeRowId });
  }

  return (
    <ClientForm onSubmit={onPreview} onChange={() => draft && (setDraft(null), preview.reset())} noValidate>
      <div className="grid max-w-3xl gap-x-4 md:grid-cols-2">
        <Field id="name" label="配置名称" defaultValue={initial.name} error={err("name")} />
        <Field
          id="key"
          label="编号"
          defaultValue={initial.key}
          readOnly={initial.basedOnVersion !== null}
          error={err("key")}
          hint={
            initial.basedOnVersion !== null
              ? `保存为第 ${initial.basedOnVersion + 1} 版`
              : "如 qinghe-2026，保存后不可更改"
          }
        />
        <SelectField
          id="extendsKey"
          label="继承自"
          value={extendsKey}
          onChange={(e) => setExtendsKey(e.target.value)}
          options={extendsOptions}
          error={err("extendsKey")}
        />
        <TextareaField
          id="description"
          label="说明（可选）"
          defaultValue={initial.description}
          error={err("description")}
        />
      </div>
      <p className="mb-3 text-sm text-slate-600">
        下列参数默认取所继承配置的数值；改动的参数作为本配置的覆盖值保存（浅黄底色为已覆盖的参数）。清空数值即恢复继承值。
      </p>
      <div key={extendsKey} className="space-y-3">
        {groups.map((g) => (
          <details key={g.key} open className="rounded-lg border border-slate-200 bg-white">
            <summary className="cursor-pointer px-4 py-2 text-sm font-semibold text-slate-800">{g.label}</summary>
            <div className="divide-y divide-slate-100 px-2 pb-2">
              {fields
                .filter((f) => f.group === g.key)
                .map((f) => (
                  <ParamField
                    key={f.path}
                    field={f}
                    value={f.path in initial.overrides ? initial.overrides[f.path] : base[f.path]}
                    base={base[f.path]}
                    error={err(f.path)}
                    rules={rules}
                  />
                ))}
            </div>
          </details>
        ))}
      </div>
      <div className={`mt-4 border-t border-slate-200 bg-white/95 py-3 ${ready ? "" : "sticky bottom-0"}`}>
        {err("form") ? (
          <p role="alert" className="mb-2 text-sm text-red-600">
            {err("form")}
          </p>
        ) : null}
        {Object.keys(fieldErrors).length ? (
          <p role="alert" className="mb-2 text-sm text-red-600">
            配置未通过校验，未保存任何内容。请按各参数旁的提示修改。
          </p>
        ) : null}
        <FormAlert result={preview.result} />
        <FormAlert result={save.result} />
        {ready ? (
          <div className="mb-3">
            <StatusChanges preview={previewData.preview} />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant={ready ? "secondary" : "primary"} disabled={preview.isPending}>
            {preview.isPending ? "正在检查…" : "检查并预览变化"}
          </Button>
          {ready ? (
            <>
              <Button variant="primary" disabled={save.isPending} onClick={() => onSave(true)}>
                保存并启用
              </Button>
              <Button variant="secondary" disabled={save.isPending} onClick={() => onSave(false)}>
                仅保存为新版本
              </Button>
            </>
          ) : null}
        </div>
      </div>
    </ClientForm>
  );
}
