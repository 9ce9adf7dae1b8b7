"use client";
// Return for revision (退回修改), reject (不予通过) or withdraw (撤回), each with its reason.
import { HydratedButton } from "@/components/ui/button";
import { useRef, useState } from "react";
import { closeNominationAction } from "@/app/(app)/nominations/[id]/actions";
import { TextareaField } from "@/components/ui/textarea-field";
import type { NominationStage } from "@/lib/domain/enums";
import type { CloseKind } from "@/lib/validation/nominations";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

const KINDS: { kind: CloseKind; label: string; reason: string; tone: string }[] = [
  { kind: "RETURN", label: "退回修改", reason: "退回意见（单位将看到）", tone: "bg-amber-600 hover:bg-amber-700" },
  { kind: "REJECT", label: "不予通过", reason: "不予通过的理由", tone: "bg-red-600 hover:bg-red-700" },
  {
    kind: "WITHDRAW",
    label: "撤回",
    reason: "撤回的理由（如单位来函申请撤回）",
    tone: "bg-slate-600 hover:bg-slate-700",
  },
];

export function CloseForm({
  id,
  version,
  from,
  returned,
}: {
  id: string;
  version: number;
  from: NominationStage;
  returned: boolean;
}) {
  const [kind, setKind] = useState<CloseKind | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const a = useSave(closeNominationAction, {
    then: () => {
      setKind(null);
      formRef.current?.reset();
    },
  });
  const err = fieldErrorsOf(a.result.validationErrors);
  const chosen = KINDS.find((k) => k.kind === kind);
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {KINDS.filter((k) => !(returned && k.kind === "RETURN")).map((k) => (
          <HydratedButton
            key={k.kind}
            type="button"
            aria-pressed={kind === k.kind}
            onClick={() => setKind(kind === k.kind ? null : k.kind)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 aria-pressed:bg-slate-100"
          >
            {k.label}
          </HydratedButton>
        ))}
      </div>
      {chosen ? (
        <ClientForm
          ref={formRef}
          className="mt-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            a.execute({
              id,
              version,
              from,
              kind: chosen.kind,
              reason: String(new FormData(e.currentTarget).get("reason") ?? ""),
            });
          }}
        >
          <TextareaField id="reason" label={chosen.reason} error={err("reason")} />
          <FormAlert message={a.result.serverError} />
          <HydratedButton
            type="submit"
            disabled={a.isPending}
            className={`rounded-md px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 ${chosen.tone}`}
          >
            确认{chosen.label}
          </HydratedButton>
        </ClientForm>
      ) : null}
    </div>
  );
}
