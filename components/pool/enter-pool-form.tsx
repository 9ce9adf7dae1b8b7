"use client";
// Confirms an entry after the verdict: domain, source, basis, and — when the verdict has soft
// warnings — the reason for entering anyway. A hard failure disables confirming (the server
// checks again).
import { HydratedButton } from "@/components/ui/button";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { enterPoolAction } from "@/app/(app)/pool/actions";
import { serverFieldErrors } from "@/components/forms/field-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { poolSourceLabel, poolTierLabel } from "@/lib/labels";
import { useNotice } from "@/components/ui/notice";
import { enterPoolSchema, POOL_SOURCES } from "@/lib/validation/pool";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";

export function EnterPoolForm({
  cadreId,
  tier,
  enteredOn,
  blocked,
  warnings,
  domains,
  cadreName,
}: {
  cadreName: string;
  cadreId: string;
  tier: string;
  enteredOn: string;
  blocked: boolean;
  warnings: string[];
  domains: string[];
}) {
  const router = useRouter();
  const notice = useNotice();
  const f = useZodForm(enterPoolSchema, {
    cadreId,
    tier,
    enteredOn,
    domain: "",
    source: "",
    basis: "",
    overrideReason: "",
  });
  const { executeAsync, isPending, result } = useAction(enterPoolAction);
  const err = (k: string) => f.errors[k] ?? serverFieldErrors(result.validationErrors)[k];

  async function submit() {
    const input = f.validate();
    if (!input) return;
    if (warnings.length && (f.values.overrideReason ?? "").trim().length < 4) {
      return f.setErrors({
        overrideReason: `有${warnings.length}项提示（${[...new Set(warnings)].join("、")}），请说明仍予入库的理由`,
      });
    }
    const r = await executeAsync(input);
    if (r?.data?.ok) {
      notice.show(`${cadreName}已入库（${poolTierLabel[tier as keyof typeof poolTierLabel] ?? ""}）`);
      router.push("/pool");
      router.refresh();
    }
  }

  return (
    <ClientForm
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label="确认入库"
    >
      <div className="grid gap-x-4 md:grid-cols-2">
        <SelectField
          id="domain"
          label="储备领域"
          value={f.values.domain}
          placeholder="不分领域"
          options={domains.map((d) => ({ value: d, label: d }))}
          error={err("domain")}
          onChange={(e) => f.set("domain", e.target.value)}
        />
        <SelectField
          id="source"
          label="来源渠道"
          value={f.values.source}
          placeholder="请选择"
          options={POOL_SOURCES.map((s) => ({ value: s, label: poolSourceLabel[s] }))}
          error={err("source")}
          onChange={(e) => f.set("source", e.target.value)}
        />
      </div>
      <TextareaField
        id="basis"
        label="入库依据"
        value={f.values.basis}
        error={err("basis")}
        onChange={(e) => f.set("basis", e.target.value)}
        placeholder="如：2026年集中调研，民主推荐得票率…"
      />
      {warnings.length ? (
        <TextareaField
          id="overrideReason"
          label="存在提示项，仍予入库的理由"
          value={f.values.overrideReason}
          error={err("overrideReason") ?? err("tier")}
          onChange={(e) => f.set("overrideReason", e.target.value)}
        />
      ) : err("tier") ? (
        <p role="alert" className="mb-2 text-sm text-red-600">
          {err("tier")}
        </p>
      ) : null}
      <FormAlert message={result.serverError} />
      <HydratedButton
        type="submit"
        disabled={blocked || isPending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
      >
        {blocked ? "不符合入库条件，不能入库" : isPending ? "正在入库…" : "确认入库"}
      </HydratedButton>
    </ClientForm>
  );
}
