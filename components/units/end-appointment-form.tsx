"use client";

import { endAppointmentAction } from "@/app/(app)/units/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import type { AppointmentEndReason } from "@/lib/domain/enums";
import { appointmentEndReasonLabel } from "@/lib/labels";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

const REASONS = Object.entries(appointmentEndReasonLabel).map(([value, label]) => ({ value, label }));

/** 免职 / 离任: ends the appointment on a date, with how it ended. */
export function EndAppointmentForm({
  unitId,
  appointmentId,
  version,
  defaultEndDate,
}: {
  unitId: string;
  appointmentId: string;
  version: number;
  defaultEndDate: string;
}) {
  const { execute, result, isPending, err } = useSave(endAppointmentAction, {
    goTo: `/units/${unitId}`,
    notice: "离任已办理，班子表已更新",
  });

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      appointmentId,
      version,
      endDate: String(f.get("endDate") ?? ""),
      endReason: String(f.get("endReason") ?? "") as AppointmentEndReason,
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-xl" aria-label="离任信息">
      <FormAlert message={result.serverError} />
      <Field id="endDate" label="离任时间" type="date" defaultValue={defaultEndDate} error={err("endDate")} required />
      <SelectField id="endReason" label="离任方式" options={REASONS} placeholder="请选择" error={err("endReason")} />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={isPending}>
          {isPending ? "正在保存…" : "确认离任"}
        </Button>
        <ButtonLink href={`/units/${unitId}`}>取消</ButtonLink>
      </div>
    </ClientForm>
  );
}
