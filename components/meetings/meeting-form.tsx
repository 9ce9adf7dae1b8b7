"use client";
// Building a meeting: the body, the name, the date and place, the members (应到 = the lines
// given, one member a line) and the nominations at the stage the meeting takes.
import { createMeetingAction } from "@/app/(app)/nominations/meetings/actions";
import { useSave } from "@/components/forms/use-save";
import { HydratedButton } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { MeetingPurpose } from "@/lib/domain/enums";
import { meetingKindLabel, meetingPurposeLabel } from "@/lib/labels";
import type { DocketLine } from "@/lib/meetings/docket";

const KINDS = Object.entries(meetingKindLabel).map(([value, label]) => ({ value, label }));

export function MeetingForm({ purpose, lines }: { purpose: MeetingPurpose; lines: DocketLine[] }) {
  const a = useSave(createMeetingAction, { goTo: (d) => (d ? `/nominations/meetings/${d.id}` : undefined) });
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "");
    a.execute({
      kind: text("kind") as never,
      purpose,
      title: text("title"),
      heldOn: text("heldOn"),
      place: text("place"),
      members: text("members"),
      nominationIds: f.getAll("nominationIds").map(String),
    });
  }
  return (
    <ClientForm onSubmit={onSubmit} noValidate aria-label={`新建${meetingPurposeLabel[purpose]}会议`}>
      <div className="grid gap-x-4 md:grid-cols-2">
        <SelectField
          id="kind"
          label="会议类型"
          options={KINDS}
          defaultValue={purpose === "DECISION" ? "STANDING_COMMITTEE" : "DEPARTMENT_MEETING"}
          error={a.err("kind")}
        />
        <Field id="title" label="会议名称" placeholder="如：区委常委会2026年第30次会议" error={a.err("title")} />
        <Field id="heldOn" label="会议日期" type="date" error={a.err("heldOn")} />
        <Field id="place" label="会议地点（可选）" error={a.err("place")} />
      </div>
      <TextareaField
        id="members"
        label="应到会成员（每行一人：姓名 职务）"
        rows={8}
        placeholder={"张三 区委书记\n李四 区委副书记、区长"}
        error={a.err("members")}
      />
      <fieldset className="mb-4">
        <legend className="mb-2 text-sm font-medium text-slate-700">
          提交会议的人选（处于“{purpose === "DECISION" ? "酝酿" : "考察"}”环节）
        </legend>
        {lines.length === 0 ? <p className="text-sm text-slate-500">暂无可提交会议的人选。</p> : null}
        <ul className="space-y-1">
          {lines.map((l) => (
            <li key={l.nominationId} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                id={`n-${l.nominationId}`}
                name="nominationIds"
                value={l.nominationId}
                className="mt-0.5 h-4 w-4"
              />
              <label htmlFor={`n-${l.nominationId}`}>
                {l.name}（{l.unit}
                {l.currentPost ? `，${l.currentPost}` : ""}）— 拟任：{l.proposedPost}
                {l.proposedRemoval ? `；拟免：${l.proposedRemoval}` : ""}
              </label>
            </li>
          ))}
        </ul>
        {a.err("nominationIds") ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {a.err("nominationIds")}
          </p>
        ) : null}
      </fieldset>
      <FormAlert result={a.result} />
      <HydratedButton
        type="submit"
        disabled={a.isPending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {a.isPending ? "正在保存…" : "建立会议"}
      </HydratedButton>
    </ClientForm>
  );
}
