"use client";

import { createTrainingAction, updateTrainingAction } from "@/app/(app)/training/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { TrainingKind } from "@/lib/domain/enums";
import { trainingKindLabel } from "@/lib/labels";
import { CheckboxField, FormNotice } from "./form-bits";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export interface TrainingFormValues {
  id?: string;
  version?: number;
  name: string;
  kind: TrainingKind | "";
  organizer: string;
  startDate: string;
  endDate: string;
  hours: string;
  fullTimeOffJob: boolean;
}

const KIND_OPTIONS = Object.entries(trainingKindLabel).map(([value, label]) => ({ value, label }));

export function TrainingForm({ initial }: { initial: TrainingFormValues }) {
  const editing = Boolean(initial.id);
  const create = useSave(createTrainingAction, { goTo: (data) => `/training/${data.id}` });
  const update = useSave(updateTrainingAction);
  const { result, isPending, err, saved } = editing ? update : create;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const fields = {
      name: String(f.get("name") ?? ""),
      kind: String(f.get("kind") ?? "") as TrainingKind,
      organizer: String(f.get("organizer") ?? ""),
      startDate: String(f.get("startDate") ?? ""),
      endDate: String(f.get("endDate") ?? ""),
      hours: String(f.get("hours") ?? ""),
      fullTimeOffJob: f.get("fullTimeOffJob") === "on",
    };
    if (editing) update.execute({ ...fields, id: initial.id!, version: initial.version! });
    else create.execute(fields);
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormAlert message={result.serverError} />
      <FormNotice message={saved && !result.serverError ? "已保存" : null} />
      <Field id="name" label="培训名称" defaultValue={initial.name} error={err("name")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          id="kind"
          label="培训类别"
          options={KIND_OPTIONS}
          placeholder="请选择"
          defaultValue={initial.kind}
          error={err("kind")}
        />
        <Field
          id="organizer"
          label="主办单位"
          defaultValue={initial.organizer}
          error={err("organizer")}
          placeholder="如：中共青禾区委党校"
        />
        <Field id="startDate" label="开始日期" type="date" defaultValue={initial.startDate} error={err("startDate")} />
        <Field id="endDate" label="结束日期" type="date" defaultValue={initial.endDate} error={err("endDate")} />
        <Field
          id="hours"
          label="学时"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={initial.hours}
          error={err("hours")}
        />
      </div>
      <CheckboxField
        id="fullTimeOffJob"
        label="脱产培训"
        defaultChecked={initial.fullTimeOffJob}
        hint="脱产且不少于7天的党性教育、中青班计入每3年1次的脱产政治训练（WS-POLITICAL-TRAINING）"
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : editing ? "保存修改" : "创建培训"}
      </Button>
    </ClientForm>
  );
}
