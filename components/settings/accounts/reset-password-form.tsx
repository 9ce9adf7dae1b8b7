"use client";

import { resetPasswordAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { ClientForm } from "@/components/ui/client-form";
import { useSave } from "@/components/forms/use-save";

export function ResetPasswordForm({ account }: { account: { id: string; version: number } }) {
  const { execute, result, isPending, hasSucceeded } = useSave(resetPasswordAction);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    execute({
      userId: account.id,
      version: account.version,
      password: String(new FormData(form).get("password") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <Field
        id="password"
        label="临时密码"
        type="password"
        autoComplete="new-password"
        error={fieldErrorsOf(result.validationErrors)("password")}
      />
      <p className="mb-3 text-xs text-slate-500">重置后该用户须在下次登录时修改密码，已登录的会话立即失效。</p>
      <FormAlert result={result} />
      {hasSucceeded ? (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          密码已重置。
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在重置…" : "重置密码"}
      </Button>
    </ClientForm>
  );
}
