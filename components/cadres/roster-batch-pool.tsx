"use client";
// 批量入库 from the roster: the entry's fields once for everyone, a confirmation that says how
// many people and which tier, then every person's outcome — 已入库, or 不符合 / 不适用 / 有提示
// with the checks and their rule ids (the server checks each through the one 入库 path).
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { rosterBatchPoolAction } from "@/app/(app)/cadres/batch-actions";
import { serverFieldErrors } from "@/components/forms/field-errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { batchPoolOutcomeLabel, batchPoolSummary, type BatchPoolResult } from "@/lib/cadres/roster-batch";
import { poolSourceLabel } from "@/lib/labels";
import { POOL_SOURCES } from "@/lib/validation/pool";

const TONE = { ENTERED: "ok", ALREADY_IN: "info", NEEDS_REASON: "warn" } as const;

export function RosterBatchPool({
  query,
  all,
  howMany,
  today,
  domains,
  tiers,
}: {
  /** the roster's search params with the ticked ids */
  query: string;
  all: boolean;
  /** "3 人" or "全部符合条件的干部" */
  howMany: string;
  today: string;
  domains: string[];
  /** the active profile's tiers, named; the most junior is preselected */
  tiers: { value: string; label: string }[];
}) {
  const router = useRouter();
  const [v, setV] = useState({
    tier: tiers[tiers.length - 1]?.value ?? "",
    source: "",
    basis: "",
    enteredOn: today,
    domain: "",
    overrideReason: "",
  });
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<BatchPoolResult | null>(null);
  const { executeAsync, isPending, result } = useAction(rosterBatchPoolAction);
  const err = (k: string) => serverFieldErrors(result.validationErrors)[k];
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  async function run() {
    setAsking(false);
    // the server's schema checks the choices (an unchosen 来源渠道 comes back beside its field)
    const r = await executeAsync({ ...v, query, all } as Parameters<typeof executeAsync>[0]);
    if (r?.data) {
      setDone(r.data);
      router.refresh();
    }
  }

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      aria-label="批量入库"
      data-testid="batch-pool"
    >
      <p className="mb-3 text-slate-600">
        为所选{howMany}办理入库：每人按入库条件逐一研判，不符合的不入库，结果逐人列出。
      </p>
      <div className="grid gap-x-4 md:grid-cols-3">
        <SelectField
          id="batch-tier"
          label="入库层级"
          value={v.tier}
          options={tiers}
          error={err("tier")}
          onChange={set("tier")}
        />
        <SelectField
          id="batch-source"
          label="来源渠道"
          value={v.source}
          placeholder="请选择"
          options={POOL_SOURCES.map((s) => ({ value: s, label: poolSourceLabel[s] }))}
          error={err("source")}
          onChange={set("source")}
        />
        <Field
          id="batch-enteredOn"
          label="入库日期"
          type="date"
          value={v.enteredOn}
          error={err("enteredOn")}
          onChange={set("enteredOn")}
        />
        <SelectField
          id="batch-domain"
          label="储备领域"
          value={v.domain}
          placeholder="不分领域"
          options={domains.map((d) => ({ value: d, label: d }))}
          error={err("domain")}
          onChange={set("domain")}
        />
      </div>
      <TextareaField id="batch-basis" label="入库依据" value={v.basis} error={err("basis")} onChange={set("basis")} />
      <TextareaField
        id="batch-overrideReason"
        label="有提示项者仍予入库的理由（不填则有提示项者不入库）"
        value={v.overrideReason}
        error={err("overrideReason")}
        onChange={set("overrideReason")}
      />
      <FormAlert message={result.serverError ?? err("query")} />
      <Button disabled={isPending} onClick={() => setAsking(true)} data-testid="batch-pool-submit">
        {isPending ? "正在逐人研判入库…" : "入库"}
      </Button>
      <ConfirmDialog
        open={asking}
        title="确认批量入库"
        confirmLabel="确认入库"
        onConfirm={() => void run()}
        onCancel={() => setAsking(false)}
        pending={isPending}
      >
        将为所选{howMany}办理{tiers.find((t) => t.value === v.tier)?.label ?? ""}
        入库，每人逐一研判，不符合条件的不入库。
      </ConfirmDialog>
      {done ? <Outcomes result={done} /> : null}
    </section>
  );
}

function Outcomes({ result }: { result: BatchPoolResult }) {
  return (
    <div className="mt-4" data-testid="batch-pool-result">
      <p role="status" className="mb-2 font-medium">
        {batchPoolSummary(result)}
      </p>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="bg-slate-50 text-left text-slate-600">
            <th className="px-2 py-1">姓名</th>
            <th className="px-2 py-1">单位</th>
            <th className="px-2 py-1">结果</th>
            <th className="px-2 py-1">原因（条款）</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr key={r.cadreId} className="border-t border-slate-100 align-top" data-testid="batch-pool-row">
              <td className="px-2 py-1">{r.name}</td>
              <td className="px-2 py-1">{r.unit}</td>
              <td className="px-2 py-1">
                <Badge tone={TONE[r.outcome as keyof typeof TONE] ?? "bad"}>{batchPoolOutcomeLabel[r.outcome]}</Badge>
              </td>
              <td className="px-2 py-1">
                {r.reasons.length ? (
                  <ul className="list-disc pl-4">
                    {r.reasons.map((x, i) => (
                      <li key={i}>
                        {x.message}（{x.ruleId}）
                      </li>
                    ))}
                  </ul>
                ) : r.outcome === "ENTERED" ? null : (
                  r.message
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
