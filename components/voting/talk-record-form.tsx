"use client";
// One 个别谈话 as the department's staff enter it: the date, the 谈话对象's category (not the name:
// the paper 谈话记录 holds identities), the 谈话人, 推荐/不推荐 beside each name within the limit,
// and the 谈话要点. Errors come back beside their fields; after a save the form is cleared.
import { useRef, useState } from "react";
import { addTalkRecordAction } from "@/app/(app)/voting/actions";
import { useSave } from "@/components/forms/use-save";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { VoterCategory } from "@/lib/domain/enums";
import { voterCategoryLabel } from "@/lib/labels";
import { RECOMMENDATION_CHOICES, withMark, type BallotChoice } from "@/lib/voting/choices";
import { BallotChoices } from "./ballot-choices";

export function TalkRecordForm(props: {
  sessionId: string;
  maxChoices: number;
  categories: VoterCategory[];
  candidates: { id: string; label: string }[];
  today: string;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [marks, setMarks] = useState<Record<string, BallotChoice>>({});
  const a = useSave(addTalkRecordAction, {
    notice: "谈话记录已录入",
    then: () => {
      setMarks({});
      form.current?.reset();
    },
  });
  return (
    <ClientForm
      ref={form}
      noValidate
      aria-label="录入谈话记录"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const value = (k: string) => String(f.get(k) ?? "");
        a.execute({
          sessionId: props.sessionId,
          talkedOn: value("talkedOn"),
          category: value("category"),
          interviewers: value("interviewers"),
          marks,
          summary: value("summary"),
        } as Parameters<typeof a.execute>[0]);
      }}
    >
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field id="talkedOn" label="谈话日期" type="date" defaultValue={props.today} error={a.err("talkedOn")} />
        <SelectField
          id="category"
          label="谈话对象类别"
          placeholder="请选择"
          options={props.categories.map((c) => ({ value: c, label: voterCategoryLabel[c] }))}
          error={a.err("category")}
        />
        <Field id="interviewers" label="谈话人（可不填）" error={a.err("interviewers")} />
      </div>
      <p className="mb-2 text-sm text-slate-700">推荐意见（最多推荐 {props.maxChoices} 人；未提及的人选不选）</p>
      {props.candidates.map((c) => (
        <BallotChoices
          key={c.id}
          id={c.id}
          label={c.label}
          choices={RECOMMENDATION_CHOICES}
          value={marks[c.id]}
          onChange={(v) => setMarks((m) => withMark(m, c.id, v))}
        />
      ))}
      {a.err("marks") ? (
        <p role="alert" className="mb-3 text-xs text-red-600">
          {a.err("marks")}
        </p>
      ) : null}
      <TextareaField id="summary" label="谈话要点" maxLength={500} error={a.err("summary")} />
      <FormAlert result={a.result} />
      <Button type="submit" disabled={a.isPending}>
        录入谈话记录
      </Button>
    </ClientForm>
  );
}
