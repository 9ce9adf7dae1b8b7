"use client";
// 拟任职务 / 拟免职务 / 任免理由 of a nomination (organization department, from 酝酿 on): what its
// 任免审批表 will say. At 讨论决定 the cadre's form is filled from them (and again on each save
// after it). Saved with the nomination's version; a stale save says the nomination moved on.
import { useState } from "react";
import { saveNominationProposalAction } from "@/app/(app)/nominations/[id]/proposal-actions";
import { useSave } from "@/components/forms/use-save";
import { HydratedButton } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextareaField } from "@/components/ui/textarea-field";

export function ProposalForm({
  id,
  version,
  initial,
  editable,
  poolWording,
}: {
  id: string;
  version: number;
  initial: { proposedPost: string; proposedRemoval: string; appointmentReason: string };
  editable: boolean;
  /** what 拟任职务 says on the form when left blank (「列入优秀年轻干部库（副处级）」) */
  poolWording: string;
}) {
  const [v, setV] = useState(initial);
  const a = useSave(saveNominationProposalAction);
  if (!editable)
    return (
      <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-sm" data-testid="nomination-proposal">
        <dt className="text-slate-500">拟任职务</dt>
        <dd>{initial.proposedPost || poolWording}</dd>
        <dt className="text-slate-500">拟免职务</dt>
        <dd>{initial.proposedRemoval || "—"}</dd>
        <dt className="text-slate-500">任免理由</dt>
        <dd className="whitespace-pre-wrap">{initial.appointmentReason || "—"}</dd>
      </dl>
    );
  return (
    <ClientForm
      noValidate
      aria-label="拟任职务、拟免职务和任免理由"
      onSubmit={(e) => {
        e.preventDefault();
        a.execute({ ...v, id, version });
      }}
    >
      <Field
        id="proposedPost"
        label="拟任职务"
        hint={`留空时任免审批表填“${poolWording}”`}
        value={v.proposedPost}
        onChange={(e) => setV({ ...v, proposedPost: e.target.value })}
        error={a.err("proposedPost")}
      />
      <Field
        id="proposedRemoval"
        label="拟免职务"
        value={v.proposedRemoval}
        onChange={(e) => setV({ ...v, proposedRemoval: e.target.value })}
        error={a.err("proposedRemoval")}
      />
      <TextareaField
        id="appointmentReason"
        label="任免理由"
        rows={3}
        value={v.appointmentReason}
        onChange={(e) => setV({ ...v, appointmentReason: e.target.value })}
        error={a.err("appointmentReason")}
      />
      <FormAlert message={a.result.serverError} />
      <div className="flex items-center gap-3">
        <HydratedButton
          type="submit"
          disabled={a.isPending}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          保存拟任拟免
        </HydratedButton>
        {a.saved ? (
          <span role="status" className="text-sm text-green-700">
            已保存
          </span>
        ) : null}
      </div>
    </ClientForm>
  );
}
