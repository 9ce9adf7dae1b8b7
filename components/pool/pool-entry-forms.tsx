"use client";
// 年度研判 and 出库 for one open entry; both carry the entry's version (a stale view conflicts).
import { HydratedButton } from "@/components/ui/button";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { exitPoolAction, reviewPoolAction } from "@/app/(app)/pool/actions";
import { ConflictBanner } from "@/components/forms/conflict-banner";
import { serverFieldErrors } from "@/components/forms/field-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ConflictInfo } from "@/lib/cadres/conflict";
import { poolExitReasonLabel, poolReviewConclusionLabel } from "@/lib/labels";
import { exitPoolSchema, POOL_EXIT_REASONS, POOL_REVIEW_CONCLUSIONS, reviewPoolSchema } from "@/lib/validation/pool";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";

const opts = <T extends string>(v: readonly T[], l: Record<T, string>) => v.map((x) => ({ value: x, label: l[x] }));

export function PoolEntryForms({ entryId, version, today }: { entryId: string; version: number; today: string }) {
  const router = useRouter();
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const review = useZodForm(reviewPoolSchema, {
    entryId,
    version,
    year: Number(today.slice(0, 4)),
    reviewedOn: today,
    conclusion: "",
    notes: "",
    exitReason: "",
  });
  const exit = useZodForm(exitPoolSchema, { entryId, version, exitReason: "", exitNote: "", closedOn: today });
  const reviewAction = useAction(reviewPoolAction);
  const exitAction = useAction(exitPoolAction);

  async function run(form: typeof review | typeof exit, action: typeof reviewAction | typeof exitAction, v = version) {
    const input = form.validate();
    if (!input) return;
    const r = await action.executeAsync({ ...(input as object), version: v } as never);
    if (r?.validationErrors) return form.setErrors(serverFieldErrors(r.validationErrors));
    if (!r?.data) return;
    if (!r.data.ok) return setConflict(r.data.conflict);
    setConflict(null);
    router.refresh();
  }
  const rErr = (k: string) => review.errors[k];
  const eErr = (k: string) => exit.errors[k];

  return (
    <div className="grid gap-4 md:grid-cols-2">
      {conflict ? (
        <div className="md:col-span-2">
          <ConflictBanner conflict={conflict} onReload={() => window.location.reload()} />
        </div>
      ) : null}
      <ClientForm
        noValidate
        aria-label="年度研判"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          void run(review, reviewAction);
        }}
      >
        <h2 className="mb-3 text-sm font-semibold">年度研判</h2>
        <Field
          id="review-year"
          label="研判年度"
          type="number"
          value={String(review.values.year)}
          error={rErr("year")}
          onChange={(e) => review.set("year", Number(e.target.value))}
        />
        <Field
          id="review-date"
          label="研判日期"
          type="date"
          value={review.values.reviewedOn}
          error={rErr("reviewedOn")}
          onChange={(e) => review.set("reviewedOn", e.target.value)}
        />
        <SelectField
          id="review-conclusion"
          label="研判结论"
          placeholder="请选择"
          value={review.values.conclusion}
          options={opts(POOL_REVIEW_CONCLUSIONS, poolReviewConclusionLabel)}
          error={rErr("conclusion")}
          onChange={(e) => review.set("conclusion", e.target.value)}
        />
        {review.values.conclusion === "EXIT" ? (
          <SelectField
            id="review-exitReason"
            label="出库原因"
            placeholder="请选择"
            value={review.values.exitReason}
            options={opts(POOL_EXIT_REASONS, poolExitReasonLabel)}
            error={rErr("exitReason")}
            onChange={(e) => review.set("exitReason", e.target.value)}
          />
        ) : null}
        <TextareaField
          id="review-notes"
          label="研判意见"
          value={review.values.notes}
          error={rErr("notes")}
          onChange={(e) => review.set("notes", e.target.value)}
        />
        <FormAlert message={reviewAction.result.serverError} />
        <HydratedButton
          type="submit"
          disabled={reviewAction.isPending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700 disabled:opacity-60"
        >
          登记研判结论
        </HydratedButton>
      </ClientForm>
      <ClientForm
        noValidate
        aria-label="出库"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          void run(exit, exitAction);
        }}
      >
        <h2 className="mb-3 text-sm font-semibold">出库</h2>
        <SelectField
          id="exit-reason"
          label="出库原因"
          placeholder="请选择"
          value={exit.values.exitReason}
          options={opts(POOL_EXIT_REASONS, poolExitReasonLabel)}
          error={eErr("exitReason")}
          onChange={(e) => exit.set("exitReason", e.target.value)}
        />
        <Field
          id="exit-date"
          label="出库日期"
          type="date"
          value={exit.values.closedOn}
          error={eErr("closedOn")}
          onChange={(e) => exit.set("closedOn", e.target.value)}
        />
        <TextareaField
          id="exit-note"
          label="出库说明"
          value={exit.values.exitNote}
          error={eErr("exitNote")}
          onChange={(e) => exit.set("exitNote", e.target.value)}
        />
        <FormAlert message={exitAction.result.serverError} />
        <HydratedButton
          type="submit"
          disabled={exitAction.isPending}
          className="rounded-md bg-red-600 px-3 py-1.5 text-sm text-white hover:bg-red-700 disabled:opacity-60"
        >
          办理出库
        </HydratedButton>
      </ClientForm>
    </div>
  );
}
