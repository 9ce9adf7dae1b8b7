"use client";
// Objections (反映) received during 公示: record one; record the result of checking it.
import { HydratedButton } from "@/components/ui/button";
import { recordObjectionAction, resolveObjectionAction } from "@/app/(app)/nominations/[id]/actions";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { formValues } from "./use-procedure-action";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";
import { useRef } from "react";

export function ObjectionForm({ id, version, today }: { id: string; version: number; today: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const a = useSave(recordObjectionAction, { then: () => formRef.current?.reset() });
  const err = fieldErrorsOf(a.result.validationErrors);
  return (
    <ClientForm
      ref={formRef}
      noValidate
      aria-label="登记反映"
      onSubmit={(e) => {
        e.preventDefault();
        a.execute({ ...formValues(e.currentTarget), id, version } as Parameters<typeof a.execute>[0]);
      }}
    >
      <Field id="receivedOn" label="收到日期" type="date" max={today} error={err("receivedOn")} />
      <TextareaField id="content" label="反映内容" error={err("content")} />
      <FormAlert message={a.result.serverError} />
      <HydratedButton
        type="submit"
        disabled={a.isPending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        登记反映
      </HydratedButton>
    </ClientForm>
  );
}

export function ResolveObjectionForm({
  id,
  version,
  objectionId,
}: {
  id: string;
  version: number;
  objectionId: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const a = useSave(resolveObjectionAction, { then: () => formRef.current?.reset() });
  const err = fieldErrorsOf(a.result.validationErrors);
  const fieldId = `resolution-${objectionId}`;
  return (
    <ClientForm
      ref={formRef}
      noValidate
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        a.execute({ id, version, objectionId, resolution: String(new FormData(e.currentTarget).get(fieldId) ?? "") });
      }}
    >
      <TextareaField id={fieldId} label="核查结论" rows={2} error={err("resolution")} />
      <FormAlert message={a.result.serverError} />
      <HydratedButton
        type="submit"
        disabled={a.isPending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60"
      >
        办结
      </HydratedButton>
    </ClientForm>
  );
}
