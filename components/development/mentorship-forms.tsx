"use client";

import { useState } from "react";
import { addFeedbackAction, createMentorshipsAction, endMentorshipAction } from "@/app/(app)/training/mentors/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { CadreChooser, type ChosenCadre } from "./cadre-chooser";
import { FormNotice } from "./form-bits";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export function NewMentorshipForm({ today }: { today: string }) {
  const [mentee, setMentee] = useState<ChosenCadre | null>(null);
  const [mentors, setMentors] = useState<ChosenCadre[]>([]);
  const [chooserKey, setChooserKey] = useState(0);
  const { execute, result, isPending, err } = useSave(createMentorshipsAction, { goTo: "/training/mentors" });
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      menteeId: mentee?.id ?? "",
      mentorIds: mentors.map((m) => m.id),
      startDate: String(f.get("startDate") ?? ""),
      endDate: String(f.get("endDate") ?? ""),
    });
  }
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormAlert message={result.serverError} />
      <CadreChooser id="menteeId" label="培养对象" value={mentee} onChange={setMentee} error={err("menteeId")} />
      <div className="mb-2 text-sm font-medium text-slate-700">导师（可选多名）</div>
      <ul className="mb-2 space-y-1 text-sm" aria-label="已选导师">
        {mentors.map((m) => (
          <li key={m.id} className="flex items-center gap-2">
            <span className="font-medium">{m.name}</span>
            <span className="text-slate-600">
              {m.unitName} {m.post}
            </span>
            <Button variant="ghost" onClick={() => setMentors(mentors.filter((x) => x.id !== m.id))}>
              移除
            </Button>
          </li>
        ))}
      </ul>
      <CadreChooser
        key={chooserKey}
        id="mentorIds"
        label="添加导师"
        value={null}
        onChange={(c) => {
          if (c && !mentors.some((m) => m.id === c.id)) setMentors([...mentors, c]);
          setChooserKey((k) => k + 1);
        }}
        error={err("mentorIds")}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="startDate" label="结对日期" type="date" defaultValue={today} error={err("startDate")} />
        <Field id="endDate" label="结束日期（可不填）" type="date" error={err("endDate")} />
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : "确定结对"}
      </Button>
    </ClientForm>
  );
}

export function FeedbackForm({ id, version, today }: { id: string; version: number; today: string }) {
  const { execute, result, isPending, err, saved: done } = useSave(addFeedbackAction);
  return (
    <ClientForm
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        execute({ id, version, date: String(f.get("date") ?? ""), note: String(f.get("note") ?? "") });
      }}
    >
      <FormAlert message={result.serverError} />
      <FormNotice message={done && !result.serverError ? "已记录反馈" : null} />
      <Field id="date" label="反馈日期" type="date" defaultValue={today} error={err("date")} />
      <TextareaField id="note" label="反馈内容" error={err("note")} />
      <Button type="submit" disabled={isPending}>
        记录反馈
      </Button>
    </ClientForm>
  );
}

export function EndMentorshipForm({ id, version, today }: { id: string; version: number; today: string }) {
  const { execute, result, isPending, err } = useSave(endMentorshipAction);
  return (
    <ClientForm
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        execute({ id, version, endDate: String(f.get("endDate") ?? "") });
      }}
    >
      <div className="w-48">
        <Field id="endDate" label="结束日期" type="date" defaultValue={today} error={err("endDate")} />
      </div>
      <div className="mb-4">
        <Button type="submit" variant="secondary" disabled={isPending}>
          结束结对
        </Button>
      </div>
      <div className="w-full">
        <FormAlert message={result.serverError} />
      </div>
    </ClientForm>
  );
}
