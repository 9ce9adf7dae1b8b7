"use client";
// The 系统管理员's password reset: the system generates the one-time password and prints the
// 密码重置通知; the account's second factor is not touched, so the password alone signs in
// nobody but the holder.
import { resetPasswordAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";
import { PasswordNotice } from "./password-notice";

export function ResetPasswordForm({ account }: { account: { id: string; username: string; version: number } }) {
  const { execute, result, isPending } = useSave(resetPasswordAction);
  return (
    <div>
      <p className="mb-3 text-xs text-slate-500">
        系统生成一次性密码（72 小时内有效），本人下次登录须修改；已登录的会话立即失效。已绑定的动态口令不变。
      </p>
      <FormAlert result={result} />
      <Button
        variant="secondary"
        disabled={isPending}
        onClick={() => {
          if (window.confirm(`为 ${account.username} 重置密码？原密码将立即失效。`))
            execute({ userId: account.id, version: account.version });
        }}
      >
        {isPending ? "正在重置…" : "重置密码"}
      </Button>
      {result.data?.notice ? <PasswordNotice kind="reset" notice={result.data.notice} /> : null}
    </div>
  );
}
