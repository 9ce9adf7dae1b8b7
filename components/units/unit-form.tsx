"use client";

import { createUnitAction, updateUnitAction } from "@/app/(app)/units/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import type { UnitType } from "@/lib/domain/enums";
import { unitTypeLabel } from "@/lib/labels";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export interface UnitFormValues {
  id?: string;
  version?: number;
  name: string;
  shortName: string;
  code: string;
  type: UnitType | "";
  parentId: string;
  sectionLeaderPostCount: number;
  isPartyGovDept: boolean;
  sortOrder: number;
}

const TYPES = Object.entries(unitTypeLabel).map(([value, label]) => ({ value, label }));

/** Creates a unit, or edits one (with its version, so a concurrent edit is detected). */
export function UnitForm({ initial, parents }: { initial: UnitFormValues; parents: { id: string; name: string }[] }) {
  const editing = Boolean(initial.id);
  const goTo = (data: { id: string }) => `/units/${data.id ?? initial.id}`;
  const create = useSave(createUnitAction, { goTo });
  const update = useSave(updateUnitAction, { goTo });
  const { result, isPending, err } = editing ? update : create;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? "");
    const values = {
      name: s("name"),
      shortName: s("shortName"),
      code: s("code"),
      type: s("type") as UnitType,
      parentId: s("parentId"),
      sectionLeaderPostCount: Number(s("sectionLeaderPostCount")),
      isPartyGovDept: f.get("isPartyGovDept") === "on",
      sortOrder: Number(s("sortOrder")),
    };
    if (editing) update.execute({ ...values, id: initial.id!, version: initial.version! });
    else create.execute(values);
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-xl">
      <FormAlert message={result.serverError} />
      <Field id="name" label="单位名称" defaultValue={initial.name} error={err("name")} required />
      <Field id="shortName" label="简称" defaultValue={initial.shortName} error={err("shortName")} />
      <Field
        id="code"
        label="单位代码"
        defaultValue={initial.code}
        error={err("code")}
        hint="字母、数字和连字符，如 QH-JD-13"
        required
      />
      <SelectField
        id="type"
        label="单位类型"
        options={TYPES}
        placeholder="请选择"
        defaultValue={initial.type}
        error={err("type")}
      />
      <SelectField
        id="parentId"
        label="上级单位"
        placeholder="（无）"
        defaultValue={initial.parentId}
        error={err("parentId")}
        options={parents.filter((p) => p.id !== initial.id).map((p) => ({ value: p.id, label: p.name }))}
      />
      <Field
        id="sectionLeaderPostCount"
        label="科级领导职数"
        type="number"
        min={0}
        defaultValue={initial.sectionLeaderPostCount}
        error={err("sectionLeaderPostCount")}
        hint="核定的科级领导职位数，7职以上单位适用 D20-ST-KJ-LARGE"
      />
      <CheckboxField
        id="isPartyGovDept"
        label="党政工作部门"
        defaultChecked={initial.isPartyGovDept}
        hint="用于 D20-ST-DEPT-HEAD-40、D20-ST-UNIT-40 等配备目标"
      />
      <Field
        id="sortOrder"
        label="排序号"
        type="number"
        min={0}
        defaultValue={initial.sortOrder}
        error={err("sortOrder")}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "正在保存…" : "保存"}
        </Button>
        <ButtonLink href={initial.id ? `/units/${initial.id}` : "/units"}>取消</ButtonLink>
      </div>
    </ClientForm>
  );
}
