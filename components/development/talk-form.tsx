"use client";

import { useState } from "react";
import { createTalkAction, updateTalkAction } from "@/app/(app)/training/talks/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { TalkKind } from "@/lib/domain/enums";
import { talkKindLabel } from "@/lib/labels";
import { TALK_RECORDS, talkRecordLabel, type TalkRecord } from "@/lib/validation/development/talk";
import { CadreChooser, type ChosenCadre } from "./cadre-chooser";
import { FormNotice } from "./form-bits";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export interface TalkFormValues {
  id?: string;
  version?: number;
  kind: TalkKind | "";
  talkedOn: string;
  talkedBy: string;
  summary: string;
  record: TalkRecord;
}

const KINDS = Object.entries(talkKindLabel).map(([value, label]) => ({ value, label }));

export function TalkForm({ initial }: { initial: TalkFormValues }) {
  const editing = Boolean(initial.id);
  const [cadre, setCadre] = useState<ChosenCadre | null>(null);
  const create = useSave(createTalkAction, { goTo: "/training/talks" });
  const update = useSave(updateTalkAction);
  const { result, isPending, err, saved } = editing ? update : create;
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? "");
    const fields = {
      kind: s("kind") as TalkKind,
      talkedOn: s("talkedOn"),
      talkedBy: s("talkedBy"),
      summary: s("summary"),
      record: (s("record") || "NONE") as TalkRecord,
    };
    if (editing) update.execute({ ...fields, id: initial.id!, version: initial.version! });
    else create.execute({ ...fields, cadreId: cadre?.id ?? "" });
  }
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormAlert message={result.serverError} />
      <FormNotice message={saved && !result.serverError ? "已保存" : null} />
      {editing ? null : (
        <CadreChooser id="cadreId" label="谈话对象" value={cadre} onChange={setCadre} error={err("cadreId")} />
      )}
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField
          id="kind"
          label="谈话类型"
          options={KINDS}
          placeholder="请选择"
          defaultValue={initial.kind}
          error={err("kind")}
        />
        <Field id="talkedOn" label="谈话日期" type="date" defaultValue={initial.talkedOn} error={err("talkedOn")} />
        <Field id="talkedBy" label="谈话人" defaultValue={initial.talkedBy} error={err("talkedBy")} />
      </div>
      <TextareaField id="summary" label="谈话要点" rows={4} defaultValue={initial.summary} error={err("summary")} />
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-medium text-slate-700">记录性质</legend>
        {TALK_RECORDS.map((r) => (
          <label key={r} className="mb-1 flex items-center gap-2 text-sm">
            <input type="radio" name="record" value={r} defaultChecked={initial.record === r} />
            {talkRecordLabel[r]}
          </label>
        ))}
        <p className="mt-1 text-xs text-slate-500">
          容错纠错的谈话不计入年度研判，也不影响入库、选派和使用；问题记录在案的谈话在年度研判和选派检查中提示。
        </p>
        {err("record") ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {err("record")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : editing ? "保存修改" : "保存谈话记录"}
      </Button>
    </ClientForm>
  );
}
