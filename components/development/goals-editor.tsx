"use client";

import { useState } from "react";
import { createPlanAction, updatePlanAction } from "@/app/(app)/training/plans/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { MEASURE_KINDS, measureKindLabel, type MeasureKind } from "@/lib/validation/development/plan";
import { FormNotice } from "./form-bits";
import { errorAt } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export interface GoalRow {
  stage: string;
  goal: string;
  measures: string;
  measureKinds: MeasureKind[];
  dueOn: string;
  doneOn: string;
}

const input = "w-full rounded border border-slate-300 px-2 py-1 text-sm";
const blank = (): GoalRow => ({ stage: "", goal: "", measures: "", measureKinds: [], dueOn: "", doneOn: "" });

/** The plan's title and stage goals, saved as a whole (create, or update with the version). */
export function GoalsEditor({
  plan,
  poolEntryId,
  initialTitle,
  initialGoals,
  today,
}: {
  plan?: { id: string; version: number };
  poolEntryId?: string;
  initialTitle: string;
  initialGoals: GoalRow[];
  today: string;
}) {
  const [goals, setGoals] = useState<GoalRow[]>(initialGoals.length ? initialGoals : [blank()]);
  const create = useSave(createPlanAction, { goTo: (data) => `/training/plans/${data.id}` });
  const update = useSave(updatePlanAction);
  const { result, isPending, saved } = plan ? update : create;
  const v = result.validationErrors;
  const set = (i: number, patch: Partial<GoalRow>) => setGoals(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const title = String(new FormData(e.currentTarget).get("title") ?? "");
    if (plan) update.execute({ ...plan, title, goals });
    else create.execute({ poolEntryId: poolEntryId ?? "", title, goals });
  }
  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <FormAlert message={result.serverError ?? errorAt(v, ["goals"])} />
      <FormNotice message={saved && !result.serverError ? "已保存" : null} />
      <div className="max-w-xl">
        <Field id="title" label="计划名称" defaultValue={initialTitle} error={errorAt(v, ["title"])} />
      </div>
      <div className="space-y-3">
        {goals.map((g, i) => {
          const overdue = g.dueOn && g.dueOn < today && !g.doneOn;
          const err = (f: string) => errorAt(v, ["goals", i, f]);
          return (
            <fieldset
              key={i}
              className={`rounded-md border p-3 ${overdue ? "border-amber-400 bg-amber-50" : "border-slate-200"}`}
              data-testid="goal-row"
            >
              <legend className="px-1 text-sm font-medium">
                阶段目标 {i + 1}
                {overdue ? "（已逾期）" : ""}
              </legend>
              <div className="grid gap-2 sm:grid-cols-[6rem_1fr_9.5rem_9.5rem]">
                <label className="text-xs text-slate-600">
                  阶段
                  <input
                    className={input}
                    value={g.stage}
                    onChange={(e) => set(i, { stage: e.target.value })}
                    maxLength={20}
                    placeholder="近期"
                  />
                  {err("stage") ? (
                    <span role="alert" className="text-red-600">
                      {err("stage")}
                    </span>
                  ) : null}
                </label>
                <label className="text-xs text-slate-600">
                  阶段目标
                  <input
                    className={input}
                    value={g.goal}
                    onChange={(e) => set(i, { goal: e.target.value })}
                    maxLength={200}
                  />
                  {err("goal") ? (
                    <span role="alert" className="text-red-600">
                      {err("goal")}
                    </span>
                  ) : null}
                </label>
                <label className="text-xs text-slate-600">
                  完成期限
                  <input
                    type="date"
                    className={input}
                    value={g.dueOn}
                    onChange={(e) => set(i, { dueOn: e.target.value })}
                  />
                  {err("dueOn") ? (
                    <span role="alert" className="text-red-600">
                      {err("dueOn")}
                    </span>
                  ) : null}
                </label>
                <label className="text-xs text-slate-600">
                  完成日期
                  <input
                    type="date"
                    className={input}
                    value={g.doneOn}
                    onChange={(e) => set(i, { doneOn: e.target.value })}
                  />
                  {err("doneOn") ? (
                    <span role="alert" className="text-red-600">
                      {err("doneOn")}
                    </span>
                  ) : null}
                </label>
              </div>
              <div className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-600">
                <span>培养措施：</span>
                {MEASURE_KINDS.map((k) => (
                  <label key={k} className="inline-flex items-center gap-1">
                    <input
                      type="checkbox"
                      checked={g.measureKinds.includes(k)}
                      onChange={(e) =>
                        set(i, {
                          measureKinds: e.target.checked
                            ? [...g.measureKinds, k]
                            : g.measureKinds.filter((x) => x !== k),
                        })
                      }
                    />
                    {measureKindLabel[k]}
                  </label>
                ))}
                <span className="flex flex-1 flex-col">
                  <input
                    className={input}
                    value={g.measures}
                    onChange={(e) => set(i, { measures: e.target.value })}
                    maxLength={500}
                    placeholder="具体措施，如：参加中青班、到街道墩苗"
                    aria-label={`阶段目标${i + 1}培养措施`}
                    aria-invalid={err("measures") ? true : undefined}
                  />
                  {err("measures") ? (
                    <span role="alert" className="text-red-600">
                      {err("measures")}
                    </span>
                  ) : null}
                </span>
                <Button
                  variant="ghost"
                  onClick={() => setGoals(goals.filter((_, j) => j !== i))}
                  disabled={goals.length === 1}
                >
                  删除
                </Button>
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="mt-3 flex gap-3">
        <Button variant="secondary" onClick={() => setGoals([...goals, blank()])}>
          增加阶段目标
        </Button>
        <Button type="submit" disabled={isPending}>
          {isPending ? "正在保存…" : plan ? "保存计划" : "制定计划"}
        </Button>
      </div>
    </ClientForm>
  );
}
