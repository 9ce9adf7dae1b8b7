"use client";

import { addCalendarOverrideAction } from "@/app/(app)/settings/calendar/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

/** Adds a local correction: a public holiday or a make-up working day on one date. */
export function OverrideForm() {
  const { execute, result, isPending } = useSave(addCalendarOverrideAction);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      date: String(f.get("date") ?? ""),
      endDate: String(f.get("endDate") ?? ""),
      isWorkingDay: f.get("kind") === "WORK",
      name: String(f.get("name") ?? ""),
    });
  }
  return (
    <ClientForm
      onSubmit={onSubmit}
      noValidate
      className="grid max-w-3xl gap-x-4 md:grid-cols-[1fr_1fr_1fr_1fr_auto] md:items-start"
    >
      <Field id="date" label="日期" type="date" error={fieldErrorsOf(result.validationErrors)("date")} />
      <Field
        id="endDate"
        label="至（可选，连续多天）"
        type="date"
        error={fieldErrorsOf(result.validationErrors)("endDate")}
      />
      <SelectField
        id="kind"
        label="类型"
        options={[
          { value: "REST", label: "放假（节假日）" },
          { value: "WORK", label: "调休上班" },
        ]}
      />
      <Field
        id="name"
        label="名称（可选）"
        placeholder="如 国庆节"
        error={fieldErrorsOf(result.validationErrors)("name")}
      />
      <div className="md:mt-6">
        <Button type="submit" disabled={isPending}>
          {isPending ? "正在添加…" : "添加调整"}
        </Button>
      </div>
      <div className="md:col-span-5">
        <FormAlert result={result} />
      </div>
    </ClientForm>
  );
}
