"use client";
// One row of the 院校代码表: name, variants (separated by 、 or new lines) and the three flags.
// Field errors from the server (a name already used by another row, 985 without 211) stand
// beside the field; a stale version is said in the alert.
import { useState } from "react";
import { saveSchoolAction } from "@/app/(app)/settings/codes/actions";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export interface SchoolRowView {
  id: string | null;
  version: number | null;
  name: string;
  aliases: string[];
  is985: boolean;
  is211: boolean;
  isDoubleFirstClass: boolean;
  archived: boolean;
}

export function SchoolForm({ row, onDone }: { row: SchoolRowView | null; onDone: () => void }) {
  const save = useSave(saveSchoolAction, { then: onDone });
  const [flags, setFlags] = useState({
    is985: row?.is985 ?? false,
    is211: row?.is211 ?? false,
    isDoubleFirstClass: row?.isDoubleFirstClass ?? false,
  });
  const err = (k: string) => save.err(k as never);
  return (
    <ClientForm
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        save.execute({
          ...(row?.id ? { id: row.id } : {}),
          ...(row ? { originalName: row.name, version: row.version } : {}),
          name: String(f.get("name") ?? ""),
          aliases: String(f.get("aliases") ?? ""),
          ...flags,
        });
      }}
    >
      <Field id="name" label="院校名称" defaultValue={row?.name ?? ""} error={err("name")} />
      <Field
        id="aliases"
        label="别名（用“、”分隔：简称、曾用名、校区写法）"
        defaultValue={row?.aliases.join("、") ?? ""}
        error={err("aliases")}
      />
      <div className="flex gap-6">
        {(
          [
            ["is985", "985院校"],
            ["is211", "211院校"],
            ["isDoubleFirstClass", "双一流院校"],
          ] as const
        ).map(([k, label]) => (
          <CheckboxField
            key={k}
            id={k}
            label={label}
            checked={flags[k]}
            onChange={(e) => setFlags((x) => ({ ...x, [k]: e.target.checked }))}
          />
        ))}
      </div>
      {err("is211") ? (
        <p role="alert" className="mb-2 text-xs text-red-600">
          {err("is211")}
        </p>
      ) : null}
      <div className="flex gap-3">
        <Button type="submit" disabled={save.isPending}>
          保存
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          取消
        </Button>
      </div>
      <FormAlert result={save.result} />
    </ClientForm>
  );
}
