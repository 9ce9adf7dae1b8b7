"use client";

import { disableAccountAction, enableAccountAction, resetTotpAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TotpNotice } from "./totp-notice";
import { useSave } from "@/components/forms/use-save";

/** Disable/enable and second-factor reset, each confirmed first (they end the user's sessions). */
export function AccountStatusActions({
  account,
  usesTotp,
}: {
  account: { id: string; username: string; disabled: boolean; version: number };
  usesTotp: boolean;
}) {
  const disable = useSave(disableAccountAction);
  const enable = useSave(enableAccountAction);
  const totp = useSave(resetTotpAction);
  const ref = { userId: account.id, version: account.version };
  const busy = disable.isPending || enable.isPending || totp.isPending;

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        {account.disabled ? (
          <Button variant="secondary" disabled={busy} onClick={() => enable.execute(ref)}>
            启用账号
          </Button>
        ) : (
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm(`停用账号 ${account.username}？其已登录的会话将立即失效。`)) disable.execute(ref);
            }}
          >
            停用账号
          </Button>
        )}
        {usesTotp ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => {
              if (window.confirm(`为 ${account.username} 重新生成动态口令密钥？原身份验证器将失效。`))
                totp.execute(ref);
            }}
          >
            重置动态口令
          </Button>
        ) : null}
      </div>
      <div className="mt-3">
        <FormAlert result={disable.result} />
        <FormAlert result={enable.result} />
        <FormAlert result={totp.result} />
      </div>
      {totp.result.data?.totp ? <TotpNotice username={account.username} totp={totp.result.data.totp} /> : null}
    </div>
  );
}
