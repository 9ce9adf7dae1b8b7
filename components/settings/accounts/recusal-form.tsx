"use client";
// 回避登记: the numbers are typed in again on every change — only their hashes are kept, so
// they cannot be shown back — and the saved list replaces the old one.
import { setRecusalAction } from "@/app/(app)/settings/accounts/actions";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export function RecusalForm({ account }: { account: { id: string; version: number; recusalCount: number } }) {
  const { execute, result, isPending, hasSucceeded } = useSave(setRecusalAction);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    execute({
      userId: account.id,
      version: account.version,
      idNumbers: String(new FormData(e.currentTarget).get("idNumbers") ?? ""),
    });
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate>
      <p className="mb-3 text-sm text-slate-700" data-testid="recusal-count">
        已登记 {account.recusalCount} 个身份证号。该用户看不到、也不能办理这些人员及其登记亲属的干部档案、入库和推荐。
      </p>
      <TextareaField
        id="idNumbers"
        label="本人及亲属身份证号（每行一个，保存后替换原有登记）"
        rows={4}
        autoComplete="off"
        spellCheck={false}
        error={fieldErrorsOf(result.validationErrors)("idNumbers")}
      />
      <p className="mb-3 text-xs text-slate-500">
        号码只保存不可逆的校验值，不会显示，也不告知是否在干部库中。清空后保存即取消全部登记。
      </p>
      <FormAlert result={result} />
      {hasSucceeded ? (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          已保存回避登记（{result.data?.count ?? 0} 个）。
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "正在保存…" : "保存回避登记"}
      </Button>
    </ClientForm>
  );
}
