"use client";
// 任免审批表 on the cadre's page: the form's second half typed by hand (拟任/拟免职务, 任免理由,
// 呈报单位 and its date, the two opinions, 填表人/填表时间, 计算年龄时间). Saved with the form's
// version (0 before the first save); a stale save shows who changed what and keeps the input.
// A nomination at 讨论决定 fills the first five itself (the note says which one did).
import { useState } from "react";
import { saveApprovalFormAction } from "@/app/(app)/cadres/[id]/approval-form-actions";
import { Footer } from "@/components/cadres/cadre-set-forms";
import { useCadreSetSave } from "@/components/cadres/use-cadre-set-save";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { approvalFormSchema } from "@/lib/validation/approval-form";
import type { approvalFormValues } from "@/lib/cadres/approval-form/values";

export type ApprovalFormValues = ReturnType<typeof approvalFormValues>;

const TEXTS: [keyof ApprovalFormValues, string][] = [
  ["proposedPost", "拟任职务"],
  ["proposedRemoval", "拟免职务"],
  ["reportingUnit", "呈报单位"],
  ["preparedBy", "填表人"],
];
const DATES: [keyof ApprovalFormValues, string][] = [
  ["reportedOn", "呈报日期"],
  ["preparedOn", "填表时间"],
  ["ageReferenceDate", "计算年龄时间（留空按打印当天）"],
];
const AREAS: [keyof ApprovalFormValues, string, number][] = [
  ["reason", "任免理由", 3],
  ["approvalOpinion", "审批机关意见", 2],
  ["administrativeOpinion", "行政机关任免意见", 2],
];

export function ApprovalFormEditor({
  cadreId,
  version,
  initial,
  filledFrom,
}: {
  cadreId: string;
  version: number;
  initial: ApprovalFormValues;
  /** the nomination that filled the form, when one did */
  filledFrom: { id: string; label: string } | null;
}) {
  const [v, setV] = useState(initial);
  const s = useCadreSetSave(saveApprovalFormAction, approvalFormSchema, cadreId, version);
  const set = (k: keyof ApprovalFormValues) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="approval-form-edit">
      <h2 id="approval-form-edit" className="text-sm font-semibold">
        任免审批表
      </h2>
      <p className="mb-3 text-xs text-slate-500">
        拟任、拟免、任免理由和呈报单位在推荐经讨论决定后自动填写
        {filledFrom ? (
          <>
            （现由
            <a className="text-brand-700 hover:underline" href={`/nominations/${filledFrom.id}`}>
              {filledFrom.label}
            </a>
            填写）
          </>
        ) : null}
        ，也可在此填写或修改。
      </p>
      <ClientForm
        noValidate
        aria-label="任免审批表"
        onSubmit={(e) => {
          e.preventDefault();
          void s.save({ ...v });
        }}
      >
        <div className="grid gap-x-4 md:grid-cols-2">
          {TEXTS.map(([k, label]) => (
            <Field key={k} id={`af-${k}`} label={label} value={v[k]} onChange={set(k)} error={s.errors[k]} />
          ))}
          {DATES.map(([k, label]) => (
            <Field
              key={k}
              id={`af-${k}`}
              type="date"
              label={label}
              value={v[k]}
              onChange={set(k)}
              error={s.errors[k]}
            />
          ))}
        </div>
        {AREAS.map(([k, label, rows]) => (
          <TextareaField
            key={k}
            id={`af-${k}`}
            label={label}
            rows={rows}
            value={v[k]}
            onChange={set(k)}
            error={s.errors[k]}
          />
        ))}
        <Footer s={s} onOverwrite={() => void s.save({ ...v }, s.conflict?.currentVersion)} />
      </ClientForm>
    </section>
  );
}
