"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addPlanNoteAction, closePlanAction } from "@/app/(app)/training/plans/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormNotice } from "./form-bits";
import { errorAt } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";

const SOURCES = ["谈心谈话", "工作汇报", "导师反馈", "组织考察", "其他"].map((s) => ({ value: s, label: s }));

export function PlanNoteForm({ id, version, today }: { id: string; version: number; today: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { execute, result, isPending } = useAction(addPlanNoteAction, { onSuccess: () => { setDone(true); router.refresh(); } });
  const err = (f: string) => errorAt(result.validationErrors, [f]);
  return (
    <ClientForm
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        const f = new FormData(e.currentTarget);
        execute({ id, version, date: String(f.get("date") ?? ""), source: String(f.get("source") ?? "") as "其他", note: String(f.get("note") ?? "") });
      }}
    >
      <FormAlert message={result.serverError} />
      <FormNotice message={done && !result.serverError ? "已记录进展" : null} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="date" label="日期" type="date" defaultValue={today} error={err("date")} />
        <SelectField id="source" label="来源" options={SOURCES} defaultValue="工作汇报" error={err("source")} />
      </div>
      <TextareaField id="note" label="进展情况" error={err("note")} />
      <Button type="submit" disabled={isPending}>记录进展</Button>
    </ClientForm>
  );
}

export function ClosePlanButton({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(closePlanAction, { onSuccess: () => router.refresh() });
  return (
    <div>
      <FormAlert message={result.serverError} />
      <Button variant="secondary" disabled={isPending} onClick={() => { if (window.confirm("结束后计划不能再修改，确定结束该培养计划？")) execute({ id, version }); }}>结束计划</Button>
    </div>
  );
}
