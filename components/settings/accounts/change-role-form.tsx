"use client";

import { changeRoleAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/domain/enums";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { RoleUnitFields } from "./role-unit-fields";
import { TotpNotice } from "./totp-notice";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export function ChangeRoleForm({
  account,
  units,
}: {
  account: { id: string; username: string; role: Role; unitId: string | null; version: number };
  units: { value: string; label: string }[];
}) {
  const { execute, result, isPending } = useSave(changeRoleAction);
  const err = (f: string) => fieldErrorsOf(result.validationErrors)(f);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      userId: account.id,
      version: account.version,
      role: String(f.get("role") ?? "") as Role,
      unitId: String(f.get("unitId") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <RoleUnitFields
        units={units}
        defaultRole={account.role}
        defaultUnitId={account.unitId}
        errors={{ role: err("role"), unitId: err("unitId") }}
      />
      <p className="mb-3 text-xs text-slate-500">更改后该用户已登录的会话立即失效。</p>
      <FormAlert result={result} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : "保存角色"}
      </Button>
      {result.data?.totp ? <TotpNotice username={account.username} totp={result.data.totp} /> : null}
    </ClientForm>
  );
}
