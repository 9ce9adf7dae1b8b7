"use client";
// 新建调配方案: a name and the reference date whose facts the moves apply to.
import { createPlanAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export function PlanCreateForm({ today }: { today: string }) {
  const { execute, result, isPending, err } = useSave(createPlanAction, { goTo: (d) => `/plans/${d.id}` });
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({ name: String(f.get("name") ?? ""), asOf: String(f.get("asOf") ?? "") });
  }
  return (
    <ClientForm onSubmit={onSubmit} noValidate aria-label="新建调配方案" className="flex flex-wrap items-start gap-3">
      <FormAlert message={result.serverError} />
      <div className="w-72">
        <Field id="name" label="方案名称" maxLength={60} error={err("name")} placeholder="如：2026年街道班子调整" />
      </div>
      <div className="w-48">
        <Field id="asOf" label="调配基准日期" type="date" defaultValue={today} error={err("asOf")} />
      </div>
      <div className="pt-6">
        <Button type="submit" disabled={isPending}>
          {isPending ? "正在创建…" : "新建方案"}
        </Button>
      </div>
    </ClientForm>
  );
}
