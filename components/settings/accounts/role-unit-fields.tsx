"use client";

import { useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import type { Role } from "@/lib/domain/enums";
import { roleLabel } from "@/lib/labels";

const ROLES = Object.keys(roleLabel) as Role[];

/** Role select, and the unit select that only a unit party committee account carries. */
export function RoleUnitFields({
  units,
  defaultRole,
  defaultUnitId,
  onRoleChange,
  errors,
}: {
  units: { value: string; label: string }[];
  defaultRole?: Role;
  defaultUnitId?: string | null;
  onRoleChange?: (role: Role | null) => void;
  errors: { role?: string; unitId?: string };
}) {
  const [role, setRole] = useState<string>(defaultRole ?? "");
  return (
    <>
      <SelectField
        id="role"
        label="角色"
        value={role}
        onChange={(e) => {
          setRole(e.target.value);
          onRoleChange?.((e.target.value || null) as Role | null);
        }}
        error={errors.role}
        placeholder="请选择"
        options={ROLES.map((r) => ({ value: r, label: roleLabel[r] }))}
      />
      {role === "UNIT" ? (
        <SelectField
          id="unitId"
          label="所属单位"
          defaultValue={defaultUnitId ?? ""}
          error={errors.unitId}
          placeholder="请选择单位"
          options={units}
        />
      ) : errors.unitId ? (
        <p role="alert" className="mb-4 text-xs text-red-600">
          {errors.unitId}
        </p>
      ) : null}
    </>
  );
}
