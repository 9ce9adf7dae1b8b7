"use client";
import { HydratedButton } from "@/components/ui/button";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { enrolSecondFactorAction } from "@/app/account/second-factor/actions";
import { Field } from "@/components/ui/field";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldErrorsOf } from "@/components/forms/field-errors";

// Confirms the authenticator with one code, then shows the recovery codes once. The page is not
// re-read until the holder has taken them down: re-read, it would send them on to the app.
export function SecondFactorForm() {
  const router = useRouter();
  const { execute, result, isPending } = useAction(enrolSecondFactorAction);
  const err = fieldErrorsOf(result.validationErrors);
  const codes = result.data?.recoveryCodes;

  if (codes) {
    return (
      <div data-testid="recovery-codes">
        <p className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          动态口令已绑定。以下 {codes.length} 个恢复码各可使用一次，用于手机丢失时代替动态口令登录。
          它们只显示这一次，请抄写或打印后妥善保管，不要存放在手机上。
        </p>
        <ol className="mb-4 grid grid-cols-2 gap-2 font-mono text-sm">
          {codes.map((c) => (
            <li key={c} className="rounded border border-slate-200 px-2 py-1 text-center">
              {c}
            </li>
          ))}
        </ol>
        <HydratedButton
          type="button"
          onClick={() => {
            router.replace("/");
            router.refresh();
          }}
          className="w-full rounded-md bg-brand-600 py-2 text-white"
        >
          我已保存恢复码，进入系统
        </HydratedButton>
      </div>
    );
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    execute({ code: String(new FormData(e.currentTarget).get("code") ?? "") });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <Field
        id="code"
        label="验证器显示的 6 位数字"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={err("code")}
      />
      <FormAlert message={result.serverError} />
      <HydratedButton
        type="submit"
        disabled={isPending}
        className="w-full rounded-md bg-brand-600 py-2 text-white disabled:opacity-60"
      >
        {isPending ? "正在核对…" : "确认绑定"}
      </HydratedButton>
    </ClientForm>
  );
}
