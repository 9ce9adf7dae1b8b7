"use client";
// 安全策略 (SecuritySettings): edited by the 系统管理员, read by the 安全管理员. A save carries the
// version read, so two administrators cannot overwrite each other unseen.
import { updateSecuritySettingsAction } from "@/app/(app)/settings/security/actions";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export interface SecuritySettingsValues {
  totpForReaders: boolean;
  inactiveDisableDays: number;
  passwordMaxAgeDays: number;
  version: number;
}

export function SecuritySettingsForm({ values, readOnly }: { values: SecuritySettingsValues; readOnly: boolean }) {
  const { execute, result, isPending, err, saved } = useSave(updateSecuritySettingsAction);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const days = (name: string) => {
      const text = String(f.get(name) ?? "").trim();
      return text === "" ? Number.NaN : Number(text);
    };
    execute({
      totpForReaders: f.get("totpForReaders") === "on",
      inactiveDisableDays: days("inactiveDisableDays"),
      passwordMaxAgeDays: days("passwordMaxAgeDays"),
      version: values.version,
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-xl">
      <fieldset disabled={readOnly}>
        <CheckboxField
          id="totpForReaders"
          label="组织部干部、单位党委（党组）和区委领导账号也须使用动态口令"
          hint="系统管理员、安全管理员、安全审计员和组织部管理员始终须使用。关闭后，阅读个人信息的账号仅凭密码即可登录，管理员重置其密码后即可进入，不符合等保三级要求，不建议关闭。"
          defaultChecked={values.totpForReaders}
        />
        <Field
          id="inactiveDisableDays"
          label="长期未使用自动停用（天）"
          type="number"
          inputMode="numeric"
          min={7}
          max={365}
          defaultValue={values.inactiveDisableDays}
          error={err("inactiveDisableDays")}
          hint="连续这么多天未登录的账号自动停用，由系统管理员核实后启用"
        />
        <Field
          id="passwordMaxAgeDays"
          label="密码有效期（天）"
          type="number"
          inputMode="numeric"
          min={7}
          max={365}
          defaultValue={values.passwordMaxAgeDays}
          error={err("passwordMaxAgeDays")}
          hint="超过有效期的密码，登录后须先修改"
        />
      </fieldset>
      {readOnly ? (
        <p className="text-sm text-slate-600">安全策略由系统管理员设置，此处只读。</p>
      ) : (
        <>
          <FormAlert result={result} />
          {saved ? (
            <p className="mb-3 text-sm text-emerald-700" role="status">
              已保存安全策略。
            </p>
          ) : null}
          <Button type="submit" disabled={isPending}>
            {isPending ? "正在保存…" : "保存安全策略"}
          </Button>
        </>
      )}
    </ClientForm>
  );
}
