"use client";
import { HydratedButton } from "@/components/ui/button";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { changePasswordAction } from "@/app/account/password/actions";
import { Field } from "@/components/ui/field";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldErrorsOf } from "@/components/forms/field-errors";

export function ChangePasswordForm() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(changePasswordAction, {
    onSuccess: () => {
      router.replace("/");
      router.refresh();
    },
  });
  const err = fieldErrorsOf(result.validationErrors);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      currentPassword: String(f.get("currentPassword") ?? ""),
      newPassword: String(f.get("newPassword") ?? ""),
      confirmPassword: String(f.get("confirmPassword") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <Field
        id="currentPassword"
        label="当前密码"
        type="password"
        autoComplete="current-password"
        error={err("currentPassword")}
      />
      <Field id="newPassword" label="新密码" type="password" autoComplete="new-password" error={err("newPassword")} />
      <Field
        id="confirmPassword"
        label="确认新密码"
        type="password"
        autoComplete="new-password"
        error={err("confirmPassword")}
      />
      <FormAlert message={result.serverError} />
      <HydratedButton
        type="submit"
        disabled={isPending}
        className="w-full rounded-md bg-brand-600 py-2 text-white disabled:opacity-60"
      >
        {isPending ? "正在保存…" : "保存新密码"}
      </HydratedButton>
    </ClientForm>
  );
}
