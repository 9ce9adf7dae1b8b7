"use client";
// 作废 one 个别谈话 record: a reason beside the field, then a confirmation. The record stays,
// marked void, and no longer counts.
import { useState } from "react";
import { voidTalkRecordAction } from "@/app/(app)/voting/actions";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function VoidTalkRecord({ id, version }: { id: string; version: number }) {
  const a = useSave(voidTalkRecordAction);
  const [reason, setReason] = useState("");
  return (
    <details className="min-w-40">
      <summary className="cursor-pointer text-sm text-rose-700">作废</summary>
      <Field
        id={`void-${id}`}
        label="作废理由"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={a.err("reason")}
      />
      <FormAlert result={a.result} />
      <Button
        variant="danger"
        disabled={a.isPending}
        onClick={() => {
          if (window.confirm("作废后该谈话记录不再计入结果（记录保留）。确定作废吗？"))
            a.execute({ id, version, reason });
        }}
      >
        确定作废
      </Button>
    </details>
  );
}
