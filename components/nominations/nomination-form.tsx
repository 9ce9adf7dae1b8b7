"use client";
// The unit's nomination form. Choosing the cadre and tier (and the recommendation date) runs
// the checks at once and shows them explained; hard failures block submission, warnings need
// a reason. The server checks everything again on submit.
import { HydratedButton } from "@/components/ui/button";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useState } from "react";
import { checkNomineeAction, resubmitNominationAction, submitNominationAction } from "@/app/(app)/nominations/actions";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { PoolTier } from "@/lib/domain/enums";
import type { NomineeOption } from "@/lib/nominations/types";
import { CadrePicker } from "./cadre-picker";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { CheckSummary } from "./check-summary";
import { RecommendationFields, type RecommendationValues } from "./recommendation-fields";
import { useSave } from "@/components/forms/use-save";
import { ClientForm } from "@/components/ui/client-form";
import { formatDateLong } from "@/lib/format/dates";
import { parseIsoDay } from "@/lib/validation/dates";
import { FormAlert } from "@/components/ui/form-alert";

export interface NominationFormInitial extends RecommendationValues {
  id: string;
  version: number;
  cadre: NomineeOption;
  tier: PoolTier;
  domain: string;
  reasons: string;
  overrideReason: string;
}

interface Props {
  tiers: { value: PoolTier; label: string }[];
  domains: string[];
  today: string;
  initial?: NominationFormInitial;
}

/** the check's reference day (YYYY-MM-DD) in words, as the eligibility panel writes it */
const asOfText = (iso: string) => {
  const d = parseIsoDay(iso);
  return d ? formatDateLong(d) : iso;
};

export function NominationForm({ tiers, domains, today, initial }: Props) {
  const [cadre, setCadre] = useState<NomineeOption | null>(initial?.cadre ?? null);
  const [tier, setTier] = useState<string>(initial?.tier ?? "");
  const [recommendedOn, setRecommendedOn] = useState(initial?.recommendedOn ?? "");
  const check = useAction(checkNomineeAction);
  const { execute: runCheck } = check;

  useEffect(() => {
    if (cadre && tier) runCheck({ cadreId: cadre.id, tier: tier as PoolTier, recommendedOn });
  }, [cadre, tier, recommendedOn, runCheck]);

  const toNomination = { goTo: (data: { id: string }) => `/nominations/${data.id}` };
  const submit = useSave(submitNominationAction, toNomination);
  const resubmit = useSave(resubmitNominationAction, toNomination);
  const send = initial ? resubmit : submit;
  const err = send.err;
  // Only a result for what the form holds now counts (not one for the previous cadre or tier).
  const checked = check.input;
  const current =
    !!cadre &&
    checked?.cadreId === cadre.id &&
    checked.tier === tier &&
    (checked.recommendedOn ?? "") === recommendedOn;
  const verdict = current && !check.isPending ? check.result.data : undefined;
  const blocked = !verdict || !verdict.eligible;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? "");
    const input = {
      cadreId: cadre?.id ?? "",
      tier: tier as PoolTier,
      domain: get("domain"),
      method: get("method") as "BOTH",
      ballotsIssued: get("ballotsIssued") as unknown as number,
      ballotsValid: get("ballotsValid") as unknown as number,
      votesReceived: get("votesReceived") as unknown as number,
      recommendedOn,
      reasons: get("reasons"),
      overrideReason: get("overrideReason"),
    };
    if (initial) resubmit.execute({ ...input, id: initial.id, version: initial.version });
    else submit.execute(input);
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="grid gap-6 xl:grid-cols-2">
      <Card title="推荐信息">
        {initial ? (
          <CadrePicker value={cadre} onChange={() => undefined} />
        ) : (
          <CadrePicker value={cadre} onChange={setCadre} error={err("cadreId")} />
        )}
        <div className="mb-4">
          <label htmlFor="tier" className="mb-1 block text-sm font-medium text-slate-700">
            推荐层级
          </label>
          <select
            id="tier"
            name="tier"
            value={tier}
            onChange={(e) => setTier(e.target.value)}
            className={`w-full rounded-md border bg-white px-3 py-2 text-sm ${err("tier") ? "border-red-500" : "border-slate-300"}`}
          >
            <option value="">请选择</option>
            {tiers.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          {err("tier") ? (
            <p role="alert" className="mt-1 text-xs text-red-600">
              {err("tier")}
            </p>
          ) : null}
        </div>
        <Field
          id="domain"
          label="储备领域（可选）"
          list="domain-options"
          defaultValue={initial?.domain}
          maxLength={40}
          error={err("domain")}
        />
        <datalist id="domain-options">
          {domains.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <RecommendationFields
          initial={initial}
          today={today}
          recommendedOn={recommendedOn}
          onDateChange={setRecommendedOn}
          err={err}
        />
        <TextareaField id="reasons" label="推荐理由" rows={4} defaultValue={initial?.reasons} error={err("reasons")} />
      </Card>
      <Card title="资格审查">
        {!cadre || !tier ? (
          <p className="text-sm text-slate-600">选择被推荐干部和推荐层级后，自动按现行政策配置审查资格条件。</p>
        ) : null}
        {check.isPending ? <p className="text-sm text-slate-600">正在审查…</p> : null}
        <FormAlert message={check.result.serverError} />
        {verdict ? (
          <>
            <CheckSummary hardFailures={verdict.hardFailures} warnings={verdict.warnings} />
            <p className="mb-2 mt-1 text-xs text-slate-500">
              政策配置：{verdict.profileName}；截至{asOfText(verdict.asOf)}。点击规则编号查看条文。
            </p>
            <VerdictChecks checks={verdict.checks} explanations={verdict.explanations} />
            {verdict.eligible && verdict.warnings > 0 ? (
              <div className="mt-4">
                <TextareaField
                  id="overrideReason"
                  label="提示项说明（仍予推荐的理由，记录在案）"
                  defaultValue={initial?.overrideReason}
                  error={err("overrideReason")}
                />
              </div>
            ) : null}
          </>
        ) : null}
        <FormAlert message={send.result.serverError} />
        <div className="mt-4 flex justify-end">
          <HydratedButton
            type="submit"
            disabled={blocked || send.isPending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
          >
            {send.isPending ? "正在报送…" : initial ? "重新报送" : "报送组织部"}
          </HydratedButton>
        </div>
      </Card>
    </ClientForm>
  );
}
