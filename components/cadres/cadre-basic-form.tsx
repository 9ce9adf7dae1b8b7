"use client";
// 基本信息: create or edit a cadre. Validated in the browser by cadreBasicSchema (the action's
// schema); a valid 身份证号 fills an empty birth date and gender, and a mismatch with what was
// typed is shown beside the number. A stale save shows the other change and keeps the form.
import { HydratedButton } from "@/components/ui/button";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveCadreAction } from "@/app/(app)/cadres/actions";
import { ConflictBanner } from "@/components/forms/conflict-banner";
import { serverFieldErrors } from "@/components/forms/field-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { ConflictInfo } from "@/lib/cadres/conflict";
import {
  cadreStatusLabel,
  establishmentTypeLabel,
  ETHNICITIES,
  genderLabel,
  gradeLabel,
  healthStatusLabel,
  politicalStatusLabel,
  rankLabel,
} from "@/lib/labels";
import { cadreBasicSchema, type CadreBasicInput } from "@/lib/validation/cadre";
import { parseIdNumber } from "@/lib/validation/id-number";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";

/** Form values as typed: strings ("" for empty), checked by cadreBasicSchema before sending. */
type Values = { [K in keyof Omit<CadreBasicInput, "id" | "version">]-?: string } & { id?: string; version?: number };
const opts = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

type FormProps = { initial: Values; units: { id: string; name: string }[] | null; maskedIdNumber: string };

/**
 * The form starts afresh (a new key) whenever the stored record's version changes — after this
 * form's own save, or after another section of the page (an appointment) changed the record —
 * so it always edits the current values. "已保存" lives out here, or the refresh that follows a
 * save would remount the form and wipe the confirmation before anyone could read it.
 */
export function CadreBasicForm(props: FormProps) {
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <BasicForm key={props.initial.version ?? "new"} {...props} savedVersion={savedVersion} onSaved={setSavedVersion} />
  );
}

function BasicForm({
  initial,
  units,
  maskedIdNumber,
  savedVersion,
  onSaved,
}: FormProps & { savedVersion: number | null; onSaved: (version: number | null) => void }) {
  const router = useRouter();
  const f = useZodForm(cadreBasicSchema, initial);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  // the version this form last saved is the one it now edits (until a newer one arrives)
  const saved = savedVersion != null && savedVersion === f.values.version;
  const { executeAsync, isPending, result } = useAction(saveCadreAction);
  const v = f.values;
  const err = (k: string) => f.errors[k] ?? serverFieldErrors(result.validationErrors)[k];

  async function save(version = v.version) {
    onSaved(null);
    const input = f.validate();
    if (!input) return;
    const r = await executeAsync({ ...(input as CadreBasicInput), version });
    if (r?.validationErrors) f.setErrors(serverFieldErrors(r.validationErrors));
    const data = r?.data;
    if (!data) return;
    if (!data.ok) return setConflict(data.conflict);
    setConflict(null);
    if (!v.id) return router.push(`/cadres/${data.id}/edit`);
    f.set("version", data.version);
    f.set("idNumber", "");
    onSaved(data.version);
    router.refresh();
  }

  function onIdNumber(value: string) {
    f.set("idNumber", value);
    const p = parseIdNumber(value);
    if (!p.ok) return;
    const iso = p.birthDate.toISOString().slice(0, 10);
    f.setValues((x) => ({ ...x, idNumber: value, birthDate: x.birthDate || iso, gender: x.gender || p.gender }));
  }

  const text = (k: keyof Values & string, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field
      id={k}
      label={label}
      value={String(v[k] ?? "")}
      error={err(k)}
      onChange={(e) => f.set(k, e.target.value as never)}
      {...extra}
    />
  );
  const select = (
    k: keyof Values & string,
    label: string,
    options: { value: string; label: string }[],
    placeholder?: string,
  ) => (
    <SelectField
      id={k}
      label={label}
      value={String(v[k] ?? "")}
      options={options}
      placeholder={placeholder}
      error={err(k)}
      onChange={(e) => f.set(k, e.target.value as never)}
    />
  );

  return (
    <ClientForm
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label="干部基本信息"
    >
      {conflict ? (
        <ConflictBanner
          conflict={conflict}
          onOverwrite={() => void save(conflict.currentVersion)}
          onReload={() => window.location.reload()}
        />
      ) : null}
      <div className="grid gap-x-4 md:grid-cols-3">
        {text("name", "姓名")}
        {text("idNumber", "身份证号", {
          placeholder: maskedIdNumber
            ? `已登记 ${maskedIdNumber}，更正时重新输入`
            : "18位，填写后自动带出出生日期和性别",
          onChange: (e) => onIdNumber(e.target.value),
          autoComplete: "off",
        })}
        {select("gender", "性别", opts(genderLabel), "请选择")}
        {text("birthDate", "出生日期", { type: "date" })}
        {select(
          "ethnicity",
          "民族",
          ETHNICITIES.map((e) => ({ value: e, label: e })),
        )}
        {text("nativePlace", "籍贯")}
        {text("birthplace", "出生地")}
        {select("politicalStatus", "政治面貌", opts(politicalStatusLabel), "请选择")}
        {text("partyJoinDate", "入党时间", { type: "date" })}
        {v.politicalStatus === "DEMOCRATIC_PARTY" ? text("democraticParty", "民主党派") : null}
        {text("workStartDate", "参加工作时间", { type: "date" })}
        {select("health", "健康状况", opts(healthStatusLabel))}
        {text("professionalTitle", "专业技术职务")}
        {text("expertise", "熟悉专业有何专长")}
        {text("familiarDomains", "熟悉领域（以顿号分隔）")}
        {units
          ? select(
              "unitId",
              "单位",
              units.map((u) => ({ value: u.id, label: u.name })),
              "请选择",
            )
          : null}
        {text("currentPostTitle", "现任职务")}
        {select("rank", "职务层次", opts(rankLabel), "无")}
        {text("rankSince", "任现职务层次时间", { type: "date" })}
        {select("grade", "职级", opts(gradeLabel), "无")}
        {text("gradeSince", "任现职级时间", { type: "date" })}
        {select("establishmentType", "编制类型", opts(establishmentTypeLabel), "待补充，请选择")}
        {select("status", "状态", opts(cadreStatusLabel))}
      </div>
      {f.errors.version ? (
        <p role="alert" className="mb-2 text-sm text-red-600">
          {f.errors.version}
        </p>
      ) : null}
      <FormAlert message={result.serverError} />
      {saved ? (
        <p role="status" className="mb-2 text-sm text-emerald-700">
          已保存
        </p>
      ) : null}
      <HydratedButton
        type="submit"
        disabled={isPending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? "正在保存…" : v.id ? "保存基本信息" : "创建干部档案"}
      </HydratedButton>
    </ClientForm>
  );
}
