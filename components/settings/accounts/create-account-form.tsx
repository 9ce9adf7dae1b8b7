"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { createAccountAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { RoleUnitFields } from "./role-unit-fields";
import { TotpNotice } from "./totp-notice";
import { useState } from "react";
import { ClientForm } from "@/components/ui/client-form";

export function CreateAccountForm({ units }: { units: { value: string; label: string }[] }) {
  const { execute, result, isPending, hasSucceeded } = useAction(createAccountAction);
  const [username, setUsername] = useState("");
  const err = (f: string) => fieldErrorsOf(result.validationErrors)(f);

  if (hasSucceeded && result.data) {
    return (
      <div data-testid="account-created">
        <p className="text-sm text-emerald-700">账号 {username} 已创建。该用户首次登录时须修改密码。</p>
        {result.data.totp ? <TotpNotice username={username} totp={result.data.totp} /> : null}
        <div className="mt-4 flex gap-3">
          <Link href={`/settings/accounts/${result.data.id}`} className="text-sm text-brand-700 hover:underline">
            查看该账号
          </Link>
          <Link href="/settings/accounts" className="text-sm text-brand-700 hover:underline">
            返回账号列表
          </Link>
        </div>
      </div>
    );
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const name = String(f.get("username") ?? "");
    setUsername(name.trim().toLowerCase());
    execute({
      username: name,
      displayName: String(f.get("displayName") ?? ""),
      role: String(f.get("role") ?? "") as never,
      unitId: String(f.get("unitId") ?? ""),
      password: String(f.get("password") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="max-w-md">
      <Field
        id="username"
        label="用户名"
        autoComplete="off"
        error={err("username")}
        hint="3–32 位小写字母、数字、下划线、点或连字符"
      />
      <Field id="displayName" label="姓名或账号名称" error={err("displayName")} />
      <RoleUnitFields units={units} errors={{ role: err("role"), unitId: err("unitId") }} />
      <Field
        id="password"
        label="初始密码"
        type="password"
        autoComplete="new-password"
        error={err("password")}
        hint={`至少 ${MIN_PASSWORD_LENGTH} 位，含大写字母、小写字母、数字、符号中的至少三类；用户首次登录须修改`}
      />
      <FormAlert result={result} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在创建…" : "创建账号"}
      </Button>
    </ClientForm>
  );
}
