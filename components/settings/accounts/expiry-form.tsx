"use client";
// The 系统管理员 sets, changes or clears the account's expiry date (临时账号).
import { setExpiryAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export function ExpiryForm({ account }: { account: { id: string; version: number; expiryDay: string } }) {
  const { execute, result, isPending, err, saved } = useSave(setExpiryAction);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const expiresOn = String(new FormData(e.currentTarget).get("expiresOn") ?? "");
    execute({ userId: account.id, version: account.version, expiresOn });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <Field
        id="expiresOn"
        label="到期日"
        type="date"
        defaultValue={account.expiryDay}
        error={err("expiresOn")}
        hint="到期日当天结束后账号失效；清空后保存即不设到期日"
      />
      <FormAlert result={result} />
      {saved ? (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          已保存到期日。
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : "保存到期日"}
      </Button>
    </ClientForm>
  );
}
