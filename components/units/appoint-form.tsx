"use client";

import { appointAction } from "@/app/(app)/units/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextareaField } from "@/components/ui/textarea-field";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

interface Props {
  unitId: string;
  postId: string;
  postVersion: number;
  cadreId: string;
  defaultStartDate: string;
}

/** 任职: the chosen cadre takes the post from the start date. */
export function AppointForm({ unitId, postId, postVersion, cadreId, defaultStartDate }: Props) {
  const { execute, result, isPending, err } = useSave(appointAction, { goTo: `/units/${unitId}` });

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      postId,
      postVersion,
      cadreId,
      startDate: String(f.get("startDate") ?? ""),
      documentNo: String(f.get("documentNo") ?? ""),
      note: String(f.get("note") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-xl" aria-label="任职信息">
      <FormAlert message={result.serverError ?? err("cadreId")} />
      <Field
        id="startDate"
        label="任职时间"
        type="date"
        defaultValue={defaultStartDate}
        error={err("startDate")}
        required
      />
      <Field id="documentNo" label="任职文号" error={err("documentNo")} hint="如 青组干〔2026〕12号" />
      <TextareaField id="note" label="备注" error={err("note")} />
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "正在保存…" : "确认任职"}
        </Button>
        <ButtonLink href={`/units/${unitId}`}>取消</ButtonLink>
      </div>
    </ClientForm>
  );
}
