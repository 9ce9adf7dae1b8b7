"use client";
// 关键岗位设置: which post kinds are key posts, and which units count as 重要部门. A save carries
// the version read, so two staff members cannot overwrite each other unseen.
import { updateSuccessionSettingsAction } from "@/app/(app)/units/succession/actions";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import type { KeyPostKind } from "@/lib/domain/enums";
import { keyPostKindLabel } from "@/lib/labels";

const KINDS = Object.keys(keyPostKindLabel) as KeyPostKind[];

export interface SuccessionSettingsValues {
  keyPostKinds: KeyPostKind[];
  importantUnitIds: string[];
  version: number;
}

export function SuccessionSettingsForm({
  values,
  units,
}: {
  values: SuccessionSettingsValues;
  units: { id: string; name: string }[];
}) {
  const { execute, result, isPending, err, saved } = useSave(updateSuccessionSettingsAction);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      keyPostKinds: f.getAll("keyPostKinds").map(String) as KeyPostKind[],
      importantUnitIds: f.getAll("importantUnitIds").map(String),
      version: values.version,
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-2xl">
      <fieldset className="mb-4" aria-describedby={err("keyPostKinds") ? "keyPostKinds-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">关键岗位类别</legend>
        {KINDS.map((k) => (
          <CheckboxField
            key={k}
            id={`kind-${k}`}
            name="keyPostKinds"
            value={k}
            label={keyPostKindLabel[k]}
            defaultChecked={values.keyPostKinds.includes(k)}
          />
        ))}
        {err("keyPostKinds") ? (
          <p id="keyPostKinds-error" className="text-sm text-rose-700">
            {err("keyPostKinds")}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-sm font-medium">重要部门（其正职为“重要部门正职”）</legend>
        <div className="grid max-h-72 grid-cols-1 gap-x-4 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2">
          {units.map((u) => (
            <CheckboxField
              key={u.id}
              id={`unit-${u.id}`}
              name="importantUnitIds"
              value={u.id}
              label={u.name}
              defaultChecked={values.importantUnitIds.includes(u.id)}
            />
          ))}
        </div>
        {err("importantUnitIds") ? <p className="text-sm text-rose-700">{err("importantUnitIds")}</p> : null}
      </fieldset>
      <FormAlert result={result} />
      {saved ? (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          已保存关键岗位设置。
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : "保存关键岗位设置"}
      </Button>
    </ClientForm>
  );
}
