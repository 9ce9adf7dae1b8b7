"use client";
// Records the 民主推荐 result, or a new one when the old is past its year (ZZ15-REC-VALID).
import { HydratedButton } from "@/components/ui/button";
import { renewRecommendationAction } from "@/app/(app)/nominations/[id]/actions";
import { RecommendationFields } from "./recommendation-fields";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { formValues } from "./use-procedure-action";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";
import { useRef } from "react";

export function RenewForm({ id, version, today }: { id: string; version: number; today: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const a = useSave(renewRecommendationAction, { then: () => formRef.current?.reset() });
  const err = fieldErrorsOf(a.result.validationErrors);
  return (
    <ClientForm
      ref={formRef}
      noValidate
      aria-label="录入民主推荐结果"
      onSubmit={(e) => {
        e.preventDefault();
        a.execute({ ...formValues(e.currentTarget), id, version } as Parameters<typeof a.execute>[0]);
      }}
    >
      <RecommendationFields today={today} err={err} />
      <FormAlert message={a.result.serverError} />
      <HydratedButton
        type="submit"
        disabled={a.isPending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        保存民主推荐结果
      </HydratedButton>
    </ClientForm>
  );
}
