"use client";
// 加入培训 from the roster: choose the training, confirm, and read what was done (added, already
// enrolled, not found) — the training's own bulk path adds them in one transaction.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { rosterBatchTrainingAction } from "@/app/(app)/cadres/batch-actions";
import { serverFieldErrors } from "@/components/forms/field-errors";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";

export function RosterBatchTraining({
  query,
  all,
  howMany,
  trainings,
}: {
  query: string;
  all: boolean;
  howMany: string;
  trainings: { id: string; label: string }[];
}) {
  const [trainingId, setTrainingId] = useState("");
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { executeAsync, isPending, result } = useAction(rosterBatchTrainingAction);
  const err = (k: string) => serverFieldErrors(result.validationErrors)[k];
  const name = trainings.find((t) => t.id === trainingId)?.label ?? "";

  async function run() {
    setAsking(false);
    setNotice(null);
    const r = await executeAsync({ query, all, trainingId });
    const d = r?.data;
    if (!d) return;
    const parts = [`已将 ${d.added} 人加入“${name}”`];
    if (d.alreadyEnrolled.length) parts.push(`${d.alreadyEnrolled.join("、")}已在名单中，未重复添加`);
    if (d.notFound) parts.push(`${d.notFound} 人不在当前范围内，未办理`);
    setNotice(parts.join("；"));
  }

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      aria-label="加入培训"
      data-testid="batch-training"
    >
      {trainings.length ? (
        <SelectField
          id="batch-training"
          label="培训"
          value={trainingId}
          placeholder="请选择培训"
          options={trainings.map((t) => ({ value: t.id, label: t.label }))}
          error={err("trainingId")}
          onChange={(e) => setTrainingId(e.target.value)}
        />
      ) : (
        <p className="mb-3 text-slate-600">还没有培训，请先在“培训与实践”中新建培训。</p>
      )}
      <FormAlert message={result.serverError ?? err("query")} />
      <Button disabled={isPending || !trainingId} onClick={() => setAsking(true)}>
        {isPending ? "正在加入…" : "加入培训"}
      </Button>
      {notice ? (
        <p role="status" className="mt-3 text-emerald-800" data-testid="batch-training-result">
          {notice}
        </p>
      ) : null}
      <ConfirmDialog
        open={asking}
        title="确认加入培训"
        confirmLabel="确认加入"
        onConfirm={() => void run()}
        onCancel={() => setAsking(false)}
        pending={isPending}
      >
        将所选{howMany}加入“{name}”的参训名单。
      </ConfirmDialog>
    </section>
  );
}
