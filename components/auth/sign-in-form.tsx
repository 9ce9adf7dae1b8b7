"use client";
import { HydratedButton } from "@/components/ui/button";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { ClientForm } from "@/components/ui/client-form";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [entering, setEntering] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      totp: String(form.get("totp") ?? ""),
    });
    if (!res || res.error) {
      setPending(false);
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "登录失败，请稍后重试");
      return;
    }
    // Straight to the role's home (the server sends a leader on to the dashboard within the same
    // navigation); the form stays in its "entering" state until the home page replaces it, so
    // nothing blank or stale shows in between.
    setEntering(true);
    router.replace("/");
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <Field id="username" label="用户名" autoComplete="username" required />
      <Field id="password" label="密码" type="password" autoComplete="current-password" required />
      <Field
        id="totp"
        label="动态口令"
        autoComplete="one-time-code"
        maxLength={9}
        hint="已绑定动态口令的账号填写验证器显示的 6 位数字；手机丢失时可填写一个恢复码（xxxx-xxxx）。首次登录尚未绑定的，登录后按提示绑定"
      />
      {error ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="signin-error">
          {error}
        </p>
      ) : null}
      <HydratedButton
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 py-2 text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {entering ? "登录成功，正在进入…" : pending ? "正在登录…" : "登录"}
      </HydratedButton>
    </ClientForm>
  );
}
