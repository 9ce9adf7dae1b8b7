"use client";

import { addPlanNoteAction, closePlanAction } from "@/app/(app)/training/plans/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormNotice } from "./form-bits";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

const SOURCES = ["谈心谈话", "工作汇报", "导师反馈", "组织考察", "其他"].map((s) => ({ value: s, label: s }));

export function PlanNoteForm({ id, version, today }: { id: string; version: number; today: string }) {
  const { execute, result, isPending, err, saved: done } = useSave(addPlanNoteAction);
  return (
    <ClientForm
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        execute({
          id,
          version,
          date: String(f.get("date") ?? ""),
          source: String(f.get("source") ?? "") as "其他",
          note: String(f.get("note") ?? ""),
        });
      }}
    >
      <FormAlert message={result.serverError} />
      <FormNotice message={done && !result.serverError ? "已记录进展" : null} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="date" label="日期" type="date" defaultValue={today} error={err("date")} />
        <SelectField id="source" label="来源" options={SOURCES} defaultValue="工作汇报" error={err("source")} />
      </div>
      <TextareaField id="note" label="进展情况" error={err("note")} />
      <Button type="submit" disabled={isPending}>
        记录进展
      </Button>
    </ClientForm>
  );
}

export function ClosePlanButton({ id, version }: { id: string; version: number }) {
  const { execute, result, isPending } = useSave(closePlanAction);
  return (
    <div>
      <FormAlert message={result.serverError} />
      <Button
        variant="secondary"
        disabled={isPending}
        onClick={() => {
          if (window.confirm("结束后计划不能再修改，确定结束该培养计划？")) execute({ id, version });
        }}
      >
        结束计划
      </Button>
    </div>
  );
}
