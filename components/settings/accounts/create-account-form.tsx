"use client";
// The 系统管理员's new account: a username, a name and an optional expiry date — no role, no
// unit, no clearance, no password to type. On success the printable 开户通知 is shown once.
import Link from "next/link";
import { createAccountAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";
import { PasswordNotice } from "./password-notice";

export function CreateAccountForm() {
  const { execute, result, isPending, err } = useSave(createAccountAction);

  if (result.data) {
    return (
      <div data-testid="account-created">
        <p className="no-print text-sm text-emerald-700">
          账号 {result.data.notice.username} 已创建，尚未授予角色：请安全管理员授予角色与密级后，再将开户通知交本人。
        </p>
        <PasswordNotice kind="create" notice={result.data.notice} />
        <div className="no-print mt-4 flex gap-3">
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
    execute({
      username: String(f.get("username") ?? ""),
      displayName: String(f.get("displayName") ?? ""),
      expiresOn: String(f.get("expiresOn") ?? ""),
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
      <Field
        id="expiresOn"
        label="到期日（可不填）"
        type="date"
        error={err("expiresOn")}
        hint="临时账号填写：到期日当天结束后账号自动失效"
      />
      <p className="mb-4 text-xs text-slate-500">
        创建后系统生成一次性密码，打印开户通知交本人，72
        小时内有效。角色、所属单位和密级由安全管理员授予；动态口令由本人首次登录时绑定。
      </p>
      <FormAlert result={result} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在创建…" : "创建账号"}
      </Button>
    </ClientForm>
  );
}
