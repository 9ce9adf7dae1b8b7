"use client";
// "Next step" for the organization department: the fields the step records, then the move.
import { HydratedButton } from "@/components/ui/button";
import { advanceNominationAction } from "@/app/(app)/nominations/[id]/actions";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { NominationStage } from "@/lib/domain/enums";
import { nominationStageLabel } from "@/lib/labels";
import type { WorkingDayCalendar } from "@/lib/rules/schedule/working-days";
import { PublicityStartField } from "./publicity-start-field";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { formValues } from "./use-procedure-action";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";
import { useRef } from "react";

type Target = Exclude<NominationStage, "PROPOSED" | "REJECTED" | "WITHDRAWN">;

interface Props {
  id: string;
  version: number;
  from: NominationStage;
  to: Target;
  today: string;
  calendar: WorkingDayCalendar;
  workingDays: number;
}

export function AdvanceForm({ id, version, from, to, today, calendar, workingDays }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const a = useSave(advanceNominationAction, { then: () => formRef.current?.reset() });
  const err = fieldErrorsOf(a.result.validationErrors);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    a.execute({ ...formValues(e.currentTarget), id, version, from, to } as Parameters<typeof a.execute>[0]);
  }
  return (
    <ClientForm ref={formRef} onSubmit={onSubmit} noValidate aria-label={`进入${nominationStageLabel[to]}`}>
      {to === "RECOMMENDED" ? (
        <TextareaField id="note" label="民主推荐结果核实意见（可选）" error={err("note")} />
      ) : null}
      {to === "INVESTIGATED" ? (
        <>
          <Field id="investigatedOn" label="考察结束日期" type="date" max={today} error={err("investigatedOn")} />
          <Field id="investigators" label="考察组成员（用顿号分隔，不少于2人）" error={err("investigators")} />
          <TextareaField id="findings" label="考察情况" rows={4} error={err("findings")} />
          <TextareaField id="evaluation" label="考察评价" error={err("evaluation")} />
        </>
      ) : null}
      {to === "DELIBERATED" ? <TextareaField id="notes" label="酝酿情况" rows={4} error={err("notes")} /> : null}
      {to === "DECIDED" ? (
        <>
          <Field id="meetingDate" label="会议日期" type="date" max={today} error={err("meetingDate")} />
          <Field
            id="meetingName"
            label="会议名称（可选）"
            placeholder="如：区委常委会2026年第30次会议"
            error={err("meetingName")}
          />
          <TextareaField id="decision" label="决定内容" error={err("decision")} />
          <div className="grid grid-cols-2 gap-3">
            <Field id="membersExpected" label="应到会人数" type="number" min={1} error={err("membersExpected")} />
            <Field id="membersPresent" label="实到会人数" type="number" min={0} error={err("membersPresent")} />
          </div>
          <div className="grid grid-cols-3 gap-3">
            <Field id="votesFor" label="同意票" type="number" min={0} error={err("votesFor")} />
            <Field id="votesAgainst" label="不同意票" type="number" min={0} error={err("votesAgainst")} />
            <Field id="votesAbstain" label="弃权票" type="number" min={0} error={err("votesAbstain")} />
          </div>
        </>
      ) : null}
      {to === "PUBLICIZED" ? (
        <>
          <PublicityStartField calendar={calendar} workingDays={workingDays} error={err("publicityStart")} />
          <Field id="channel" label="公示渠道（可选）" placeholder="如：青禾区人民政府网站" error={err("channel")} />
        </>
      ) : null}
      {to === "APPOINTED" ? (
        <>
          <Field id="effectiveDate" label="任职（入库）日期" type="date" max={today} error={err("effectiveDate")} />
          <Field id="documentNo" label="文号（可选）" placeholder="如：青组〔2026〕31号" error={err("documentNo")} />
        </>
      ) : null}
      <FormAlert message={a.result.serverError} />
      <HydratedButton
        type="submit"
        disabled={a.isPending}
        className="w-full rounded-md bg-brand-600 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {a.isPending ? "正在办理…" : `确认进入“${nominationStageLabel[to]}”`}
      </HydratedButton>
    </ClientForm>
  );
}
