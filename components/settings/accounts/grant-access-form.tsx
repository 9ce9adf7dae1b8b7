"use client";
// The 安全管理员's grant: role, unit (unit accounts only) and clearance. Choosing a role proposes
// its usual clearance (DEFAULT_CLEARANCE); the administrator may set another.
import { useState } from "react";
import { grantAccessAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { useSave } from "@/components/forms/use-save";
import { DEFAULT_CLEARANCE, SECURITY_LEVELS } from "@/lib/authz/clearance";
import type { Role, SecurityLevel } from "@/lib/domain/enums";
import { securityLevelLabel } from "@/lib/labels";
import { RoleUnitFields } from "./role-unit-fields";

export function GrantAccessForm({
  account,
  units,
}: {
  account: { id: string; role: Role | null; unitId: string | null; clearance: SecurityLevel; version: number };
  units: { value: string; label: string }[];
}) {
  const { execute, result, isPending, err, saved } = useSave(grantAccessAction);
  const [clearance, setClearance] = useState<string>(account.clearance);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      userId: account.id,
      version: account.version,
      role: String(f.get("role") ?? "") as Role,
      unitId: String(f.get("unitId") ?? ""),
      clearance: String(f.get("clearance") ?? "") as SecurityLevel,
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <RoleUnitFields
        units={units}
        defaultRole={account.role ?? undefined}
        defaultUnitId={account.unitId}
        onRoleChange={(r) => setClearance(r ? DEFAULT_CLEARANCE[r] : account.clearance)}
        errors={{ role: err("role"), unitId: err("unitId") }}
      />
      <SelectField
        id="clearance"
        label="密级（可阅读的最高敏感级别）"
        value={clearance}
        onChange={(e) => setClearance(e.target.value)}
        error={err("clearance")}
        options={SECURITY_LEVELS.map((l) => ({ value: l, label: securityLevelLabel[l] }))}
      />
      <p className="mb-3 text-xs text-slate-500">
        选择角色时自动带出该角色通常的密级，可调整。保存后该用户已登录的会话立即失效；需要动态口令而尚未绑定的，本人下次登录时绑定。
      </p>
      <FormAlert result={result} />
      {saved ? (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          已保存授权。
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : "保存授权"}
      </Button>
    </ClientForm>
  );
}
