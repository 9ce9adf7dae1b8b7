"use client";
// 奖惩情况 (labelled with the sanctions) and the other ZZ15-EXCL facts: 群众公认度不高, 跑官拉票,
// 其他不宜提拔的原因. Each saves on its own with the cadre's version; the page keys them on it.
import { useState } from "react";
import { saveExclusionsAction, saveRewardsAction } from "@/app/(app)/cadres/file-actions";
import { ConflictBanner } from "@/components/forms/conflict-banner";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import { SecurityLabel } from "@/components/ui/security-label";
import { TextareaField } from "@/components/ui/textarea-field";
import { exclusionsSchema, rewardsSchema } from "@/lib/validation/cadre-file-records";
import { useCadreSetSave } from "./use-cadre-set-save";

const box = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

type Save = ReturnType<typeof useCadreSetSave>;

/** Conflict banner, messages, 保存 and 已保存: the foot of every form saved with useCadreSetSave. */
export function Footer({ s, onOverwrite }: { s: Save; onOverwrite: () => void }) {
  return (
    <>
      {s.conflict ? (
        <ConflictBanner conflict={s.conflict} onOverwrite={onOverwrite} onReload={() => window.location.reload()} />
      ) : null}
      <FormAlert result={s.result} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={s.pending}>
          {s.pending ? "正在保存…" : "保存"}
        </Button>
        {s.saved ? (
          <span role="status" className="text-sm text-green-700">
            已保存
          </span>
        ) : null}
      </div>
    </>
  );
}

export function RewardsForm({ cadreId, version, text }: { cadreId: string; version: number; text: string }) {
  const [value, setValue] = useState(text);
  const s = useCadreSetSave(saveRewardsAction, rewardsSchema, cadreId, version);
  const values = { rewardsAndPunishments: value };
  return (
    <section className={box} aria-labelledby="rewards-title">
      <h2 id="rewards-title" className="mb-3 text-sm font-semibold">
        奖惩情况
        <SecurityLabel set="sanctions" />
      </h2>
      <ClientForm
        noValidate
        aria-label="奖惩情况"
        onSubmit={(e) => {
          e.preventDefault();
          void s.save(values);
        }}
      >
        <TextareaField
          id="rewardsAndPunishments"
          label="奖惩情况（按任免审批表填写；处分另在“处分、组织处理”中逐条登记）"
          value={value}
          rows={4}
          onChange={(e) => setValue(e.target.value)}
          error={s.errors.rewardsAndPunishments}
        />
        <Footer s={s} onOverwrite={() => void s.save(values, s.conflict?.currentVersion)} />
      </ClientForm>
    </section>
  );
}

export function ExclusionsForm({
  cadreId,
  version,
  initial,
}: {
  cadreId: string;
  version: number;
  initial: { lowPublicRecognition: boolean; canvassingRecorded: boolean; otherExclusionNote: string };
}) {
  const [v, setV] = useState(initial);
  const s = useCadreSetSave(saveExclusionsAction, exclusionsSchema, cadreId, version);
  return (
    <section className={box} aria-labelledby="exclusions-title">
      <h2 id="exclusions-title" className="text-sm font-semibold">
        不得列为考察对象的其他情形
      </h2>
      <p className="mb-3 text-xs text-slate-500">
        经组织认定后登记；任一项登记后，任职资格研判为“不符合”（ZZ15-EXCL）。
      </p>
      <ClientForm
        noValidate
        aria-label="不得列为考察对象的其他情形"
        onSubmit={(e) => {
          e.preventDefault();
          void s.save(v);
        }}
      >
        <CheckboxField
          id="lowPublicRecognition"
          label="群众公认度不高"
          checked={v.lowPublicRecognition}
          onChange={(e) => setV({ ...v, lowPublicRecognition: e.target.checked })}
        />
        <CheckboxField
          id="canvassingRecorded"
          label="有跑官、拉票行为"
          checked={v.canvassingRecorded}
          onChange={(e) => setV({ ...v, canvassingRecorded: e.target.checked })}
        />
        <TextareaField
          id="otherExclusionNote"
          label="其他不宜提拔的原因（无则留空）"
          value={v.otherExclusionNote}
          rows={2}
          onChange={(e) => setV({ ...v, otherExclusionNote: e.target.value })}
          error={s.errors.otherExclusionNote}
        />
        <Footer s={s} onOverwrite={() => void s.save(v, s.conflict?.currentVersion)} />
      </ClientForm>
    </section>
  );
}
