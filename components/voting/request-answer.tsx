"use client";
// The department's answer to a unit's request for a voting session: 同意 (codes may then be
// issued), or 不同意 with a reason beside the field. Both are final, so both ask first.
import { useState } from "react";
import { answerVotingRequestAction } from "@/app/(app)/voting/actions";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function RequestAnswer({ id, version }: { id: string; version: number }) {
  const a = useSave(answerVotingRequestAction);
  const [reason, setReason] = useState("");
  const err = fieldErrorsOf(a.result.validationErrors);
  return (
    <div className="space-y-3" data-testid="request-answer">
      <FormAlert result={a.result} />
      <Button
        variant="primary"
        disabled={a.isPending}
        onClick={() => {
          if (window.confirm("同意后即可生成投票码。确定同意该单位的投票申请吗？"))
            a.execute({ id, version, approve: true });
        }}
      >
        同意
      </Button>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <Field
            id="reason"
            label="不同意的理由"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={err("reason")}
          />
        </div>
        <div className="mb-4">
          <Button
            variant="danger"
            disabled={a.isPending}
            onClick={() => {
              if (window.confirm("不同意后该申请即办结，单位须重新申请。确定吗？"))
                a.execute({ id, version, approve: false, reason });
            }}
          >
            不同意
          </Button>
        </div>
      </div>
    </div>
  );
}
