"use client";
// The 系统管理员's 停用/启用: disabling asks for the reason (kept on the account and in the audit
// log) and ends the user's open sessions at once.
import { disableAccountAction, enableAccountAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useState } from "react";

export function AccountStatusActions({
  account,
}: {
  account: { id: string; username: string; disabled: boolean; disabledReason: string | null; version: number };
}) {
  const disable = useSave(disableAccountAction, { notice: `账号 ${account.username} 已停用，其会话已全部失效` });
  const enable = useSave(enableAccountAction, { notice: `账号 ${account.username} 已启用` });
  const [reason, setReason] = useState<string | null>(null);
  const ref = { userId: account.id, version: account.version };

  if (account.disabled)
    return (
      <div>
        <p className="mb-3 text-sm text-slate-700">停用原因：{account.disabledReason ?? "—"}</p>
        <FormAlert result={enable.result} />
        <Button variant="secondary" disabled={enable.isPending} onClick={() => enable.execute(ref)}>
          启用账号
        </Button>
      </div>
    );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setReason(String(new FormData(e.currentTarget).get("reason") ?? ""));
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <Field id="reason" label="停用原因" error={disable.err("reason")} hint="如：调离、退休、长期不用；可不填" />
      <FormAlert result={disable.result} />
      <Button type="submit" variant="danger" disabled={disable.isPending}>
        停用账号
      </Button>
      <ConfirmDialog
        open={reason !== null}
        title="确认停用账号"
        confirmLabel="确认停用"
        pending={disable.isPending}
        onCancel={() => setReason(null)}
        onConfirm={() => {
          disable.execute({ ...ref, reason: reason ?? "" });
          setReason(null);
        }}
      >
        停用账号 {account.username}？其已登录的会话将立即失效，停用后本人不能登录，直至系统管理员重新启用。
      </ConfirmDialog>
    </ClientForm>
  );
}
