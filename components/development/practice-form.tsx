"use client";

import { useState } from "react";
import { createPracticeAction, updatePracticeAction } from "@/app/(app)/training/practices/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { PracticeKind } from "@/lib/domain/enums";
import { practiceKindLabel } from "@/lib/labels";
import type { DUNMIAO_ROLES } from "@/lib/validation/development/practice";
import { CadreChooser, type ChosenCadre } from "./cadre-chooser";
import { CheckLines } from "./check-lines";
import { FormNotice } from "./form-bits";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export interface PracticeFormValues {
  id?: string;
  version?: number;
  cadre: ChosenCadre | null;
  kind: PracticeKind | "";
  hostUnitId: string;
  hostUnitName: string;
  role: string;
  startDate: string;
  plannedEndDate: string;
  actualEndDate: string;
  hostEvaluation: string;
  specialAssessment: string;
  specialAssessedOn: string;
  overrideReason: string;
}

type DunmiaoRoleValue = (typeof DUNMIAO_ROLES)[number];
const KINDS = Object.entries(practiceKindLabel).map(([value, label]) => ({ value, label }));
const ROLES = [
  { value: "SECRETARY", label: "乡镇（街道）党（工）委书记" },
  { value: "HEAD", label: "乡镇长（街道办事处主任）" },
  { value: "DEPUTY_SECRETARY", label: "乡镇（街道）党（工）委副书记" },
];

export function PracticeForm({
  initial,
  units,
}: {
  initial: PracticeFormValues;
  units: { id: string; name: string }[];
}) {
  const editing = Boolean(initial.id);
  const [cadre, setCadre] = useState(initial.cadre);
  const [kind, setKind] = useState(initial.kind);
  // a posting that fails its check comes back with ok: false and the check's lines
  const went = (data: { ok: boolean }) => data.ok;
  const create = useSave(createPracticeAction, {
    went,
    goTo: (data) => (data.ok ? `/training/practices/${data.id}` : undefined),
  });
  const update = useSave(updatePracticeAction, { went });
  const { result, isPending, err, saved } = editing ? update : create;
  const check = result.data && !result.data.ok ? result.data.check : null;
  const needsReason = check?.outcome === "NEEDS_REASON" || Boolean(initial.overrideReason);
  const becomesDunmiao = kind === "DUNMIAO" && (!editing || initial.kind !== "DUNMIAO");

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? "");
    const fields = {
      kind: s("kind") as PracticeKind,
      dunmiaoRole: becomesDunmiao ? ((s("dunmiaoRole") || undefined) as DunmiaoRoleValue | undefined) : undefined,
      hostUnitId: s("hostUnitId"),
      hostUnitName: s("hostUnitName"),
      role: s("role"),
      startDate: s("startDate"),
      plannedEndDate: s("plannedEndDate"),
      actualEndDate: s("actualEndDate"),
      hostEvaluation: s("hostEvaluation"),
      specialAssessment: s("specialAssessment"),
      specialAssessedOn: s("specialAssessedOn"),
      overrideReason: s("overrideReason"),
    };
    if (editing) update.execute({ ...fields, id: initial.id!, version: initial.version! });
    else create.execute({ ...fields, cadreId: cadre?.id ?? "" });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormAlert message={result.serverError} />
      <FormNotice message={saved && !result.serverError ? "已保存" : null} />
      {check ? <CheckLines check={check} /> : null}
      {editing ? null : (
        <CadreChooser id="cadreId" label="选派干部" value={cadre} onChange={setCadre} error={err("cadreId")} />
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          id="kind"
          label="锻炼方式"
          options={KINDS}
          placeholder="请选择"
          value={kind}
          onChange={(e) => setKind(e.target.value as PracticeKind)}
          error={err("kind")}
        />
        {becomesDunmiao ? (
          <SelectField
            id="dunmiaoRole"
            label="墩苗任职岗位"
            options={ROLES}
            placeholder="请选择"
            defaultValue=""
            error={err("dunmiaoRole")}
          />
        ) : (
          <div />
        )}
        <SelectField
          id="hostUnitId"
          label="接收单位（区内）"
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          placeholder="区外单位或专班请在右侧填写"
          defaultValue={initial.hostUnitId}
          error={err("hostUnitId")}
        />
        <Field
          id="hostUnitName"
          label="接收单位名称（区外单位、专班）"
          defaultValue={initial.hostUnitId ? "" : initial.hostUnitName}
          error={err("hostUnitName")}
        />
        <Field
          id="role"
          label="挂任职务或工作内容"
          defaultValue={initial.role}
          error={err("role")}
          placeholder="如：街道党工委副书记（墩苗锻炼）"
        />
        <Field id="startDate" label="开始日期" type="date" defaultValue={initial.startDate} error={err("startDate")} />
        <Field
          id="plannedEndDate"
          label="计划结束日期"
          type="date"
          defaultValue={initial.plannedEndDate}
          error={err("plannedEndDate")}
        />
        <Field
          id="actualEndDate"
          label="实际结束日期"
          type="date"
          defaultValue={initial.actualEndDate}
          error={err("actualEndDate")}
        />
      </div>
      <TextareaField
        id="hostEvaluation"
        label="接收单位评价"
        defaultValue={initial.hostEvaluation}
        error={err("hostEvaluation")}
      />
      <div className="grid gap-x-4 sm:grid-cols-[1fr_12rem]">
        <TextareaField
          id="specialAssessment"
          label="专项考核结果（墩苗到任2至3年内，SX-DOWN-REVIEW）"
          defaultValue={initial.specialAssessment}
          error={err("specialAssessment")}
        />
        <Field
          id="specialAssessedOn"
          label="专项考核日期"
          type="date"
          defaultValue={initial.specialAssessedOn}
          error={err("specialAssessedOn")}
        />
      </div>
      {needsReason ? (
        <TextareaField
          id="overrideReason"
          label="理由（对上述提示情形的说明）"
          defaultValue={initial.overrideReason}
          error={err("overrideReason")}
        />
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在检查并保存…" : editing ? "保存修改" : "保存"}
      </Button>
    </ClientForm>
  );
}
