"use client";

import { addDomainAction, archiveDomainAction } from "@/app/(app)/settings/codes/actions";
import { Badge } from "@/components/ui/badge";
import { Button, HydratedButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

type Row = { name: string; archived: boolean; version: number | null };

/** The editable 熟悉领域 list: add a domain, retire one (entries keep their text), restore it. */
export function FamiliarDomainEditor({ rows, required }: { rows: Row[]; required: string[] }) {
  const add = useSave(addDomainAction);
  const archive = useSave(archiveDomainAction);
  return (
    <div>
      <ul className="mb-4 flex flex-wrap gap-2" data-testid="familiar-domains">
        {rows.map((r) => (
          <li
            key={r.name}
            className={`flex items-center gap-2 rounded-md border px-2 py-1 text-sm ${r.archived ? "border-dashed text-slate-400" : "border-slate-300"}`}
          >
            <span>{r.name}</span>
            {required.includes(r.name) ? <Badge tone="info">政策要求</Badge> : null}
            {r.archived ? <Badge>已停用</Badge> : null}
            <HydratedButton
              type="button"
              className="text-xs text-brand-700 hover:underline"
              disabled={archive.isPending}
              onClick={() => archive.execute({ name: r.name, archived: !r.archived, version: r.version })}
            >
              {r.archived ? "启用" : "停用"}
            </HydratedButton>
          </li>
        ))}
      </ul>
      <FormAlert result={archive.result} />
      <ClientForm
        noValidate
        className="flex items-start gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          add.execute({ name: String(new FormData(e.currentTarget).get("name") ?? "") });
        }}
      >
        <div className="w-64">
          <Field id="name" label="新增领域" error={fieldErrorsOf(add.result.validationErrors)("name")} />
        </div>
        <div className="mt-6">
          <Button type="submit" disabled={add.isPending}>
            添加
          </Button>
        </div>
      </ClientForm>
      <FormAlert result={add.result} />
    </div>
  );
}
