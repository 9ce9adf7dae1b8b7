"use client";
// The 安全管理员's second-factor reset (a lost phone): the binding is cleared and the holder
// binds a new authenticator at the next sign-in. No secret is generated or shown here.
import { resetTotpAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export function SecondFactorReset({
  account,
}: {
  account: { id: string; username: string; version: number; secondFactor: "ENROLLED" | "PENDING" | "NOT_REQUIRED" };
}) {
  const { execute, result, isPending, saved } = useSave(resetTotpAction);
  const label = { ENROLLED: "已绑定", PENDING: "待绑定（本人下次登录时绑定）", NOT_REQUIRED: "不需要" }[
    account.secondFactor
  ];
  return (
    <div>
      <p className="mb-3 text-sm text-slate-700" data-testid="second-factor-status">
        动态口令：{label}
      </p>
      <p className="mb-3 text-xs text-slate-500">
        重置后原身份验证器和恢复码失效，已登录的会话立即失效；本人下次用自己的密码登录时重新扫码绑定。
      </p>
      <FormAlert result={result} />
      {saved ? (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          已重置，待本人重新绑定。
        </p>
      ) : null}
      <Button
        variant="secondary"
        disabled={isPending || account.secondFactor !== "ENROLLED"}
        onClick={() => {
          if (window.confirm(`重置 ${account.username} 的动态口令？原身份验证器将失效。`))
            execute({ userId: account.id, version: account.version });
        }}
      >
        重置动态口令
      </Button>
    </div>
  );
}
