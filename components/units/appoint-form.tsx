"use client";

import { appointAction } from "@/app/(app)/units/actions";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { Button, ButtonLink } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextareaField } from "@/components/ui/textarea-field";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";
import type { AppointmentVerdict } from "@/lib/server/units/appointment-checks";

interface Props {
  unitId: string;
  postId: string;
  postVersion: number;
  cadreId: string;
  defaultStartDate: string;
  isLeadership: boolean;
  /** the cadre's other running posts (单位+职务), which 同时免去原职务 would end */
  running: string[];
  /** the promotion verdict for this post, or null when the appointment is no promotion */
  verdict: AppointmentVerdict | null;
}

/** 任职: the chosen cadre takes the post from the start date, after seeing the rules' verdict. */
export function AppointForm({
  unitId,
  postId,
  postVersion,
  cadreId,
  defaultStartDate,
  isLeadership,
  running,
  verdict,
}: Props) {
  const { execute, result, isPending, err } = useSave(appointAction, {
    goTo: `/units/${unitId}`,
    notice: "任职已办理，班子表已更新",
  });

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
      endOthers: f.get("endOthers") === "on",
      exceptionReason: String(f.get("exceptionReason") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-xl" aria-label="任职信息">
      <FormAlert message={result.serverError ?? err("cadreId")} />
      {verdict ? (
        <section className="mb-4 rounded-md border border-slate-200 p-3" aria-label="任职条件研判">
          <h3 className="mb-1 text-sm font-medium text-slate-800">任职条件研判：{verdict.label}</h3>
          <p className={`text-sm ${verdict.hardFailures ? "text-rose-700" : "text-emerald-700"}`} role="status">
            {verdict.hardFailures
              ? `有${verdict.hardFailures}项硬性条件不符合，确需任职的须填写破格理由。`
              : verdict.warnings
                ? `符合硬性条件；有${verdict.warnings}项提示。`
                : "各项条件均符合。"}
          </p>
          <VerdictChecks checks={verdict.checks} explanations={verdict.explanations} />
          <p className="mt-1 text-xs text-slate-500">按今日研判；保存时按填写的任职时间重新研判。</p>
        </section>
      ) : null}
      <Field
        id="startDate"
        label="任职时间"
        type="date"
        defaultValue={defaultStartDate}
        error={err("startDate")}
        required
      />
      <Field id="documentNo" label="任职文号" error={err("documentNo")} hint="如 青组干〔2026〕12号" />
      {running.length ? (
        <>
          <CheckboxField
            id="endOthers"
            label="同时免去原职务"
            defaultChecked={isLeadership}
            hint={`免去${running.join("、")}，离任时间为任职时间前一日`}
          />
          {err("endOthers") ? <p className="-mt-2 mb-3 text-sm text-red-600">{err("endOthers")}</p> : null}
        </>
      ) : null}
      {verdict?.hardFailures || err("exceptionReason") ? (
        <TextareaField
          id="exceptionReason"
          label="破格理由"
          error={err("exceptionReason")}
          placeholder="硬性条件不符合而确需任职的，写明破格提拔的理由和依据（记入任职记录并审计）"
        />
      ) : null}
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
