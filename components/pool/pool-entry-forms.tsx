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
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useNotice } from "@/components/ui/notice";
import type { ConflictInfo } from "@/lib/cadres/conflict";
import { poolExitReasonLabel, poolReadinessLabel, poolReviewConclusionLabel } from "@/lib/labels";
import {
  exitPoolSchema,
  POOL_EXIT_REASONS,
  POOL_READINESS,
  POOL_REVIEW_CONCLUSIONS,
  reviewPoolSchema,
} from "@/lib/validation/pool";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";

const opts = <T extends string>(v: readonly T[], l: Record<T, string>) => v.map((x) => ({ value: x, label: l[x] }));

export function PoolEntryForms({
  entryId,
  version,
  today,
  cadreName,
}: {
  entryId: string;
  version: number;
  today: string;
  cadreName: string;
}) {
  const router = useRouter();
  const notice = useNotice();
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  // 出库 (or a 研判 that concludes 出库) cannot be undone: it waits for the dialog's 确认.
  const [confirming, setConfirming] = useState<"review" | "exit" | null>(null);
  const review = useZodForm(reviewPoolSchema, {
    entryId,
    version,
    year: Number(today.slice(0, 4)),
    reviewedOn: today,
    conclusion: "",
    notes: "",
    exitReason: "",
    readiness: "",
  });
  const exit = useZodForm(exitPoolSchema, { entryId, version, exitReason: "", exitNote: "", closedOn: today });
  const reviewAction = useAction(reviewPoolAction);
  const exitAction = useAction(exitPoolAction);

  async function run(form: typeof review | typeof exit, action: typeof reviewAction | typeof exitAction, done: string) {
    setConfirming(null);
    const input = form.validate();
    if (!input) return;
    const r = await action.executeAsync({ ...(input as object), version } as never);
    if (r?.validationErrors) return form.setErrors(serverFieldErrors(r.validationErrors));
    if (!r?.data) return;
    if (!r.data.ok) return setConflict(r.data.conflict);
    setConflict(null);
    notice.show(done);
    router.refresh();
  }
  const reviewDone = () =>
    `${cadreName}${review.values.year}年度研判已登记：${poolReviewConclusionLabel[review.values.conclusion as keyof typeof poolReviewConclusionLabel] ?? ""}`;
  const exitDone = () =>
    `${cadreName}已出库（${poolExitReasonLabel[exit.values.exitReason as keyof typeof poolExitReasonLabel] ?? ""}）`;
  const submitReview = () => {
    if (!review.validate()) return;
    if (review.values.conclusion === "EXIT") setConfirming("review");
    else void run(review, reviewAction, reviewDone());
  };
  const submitExit = () => {
    if (exit.validate()) setConfirming("exit");
  };
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
          submitReview();
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
        {review.values.conclusion !== "EXIT" ? (
          <SelectField
            id="review-readiness"
            label="培养使用方向"
            placeholder="请选择"
            value={review.values.readiness}
            options={opts(POOL_READINESS, poolReadinessLabel)}
            error={rErr("readiness")}
            onChange={(e) => review.set("readiness", e.target.value)}
          />
        ) : null}
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
          submitExit();
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
      <ConfirmDialog
        open={confirming !== null}
        title="确认出库"
        confirmLabel="确认出库"
        pending={exitAction.isPending || reviewAction.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          confirming === "review"
            ? void run(review, reviewAction, `${reviewDone()}，已出库`)
            : void run(exit, exitAction, exitDone())
        }
      >
        将{cadreName}移出优秀年轻干部库（
        {poolExitReasonLabel[
          (confirming === "review" ? review : exit).values.exitReason as keyof typeof poolExitReasonLabel
        ] ?? ""}
        ）。出库后不能撤销，如需再次入库须重新履行程序。
      </ConfirmDialog>
    </div>
  );
}
