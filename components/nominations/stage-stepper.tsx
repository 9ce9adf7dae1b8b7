import type { NominationStage } from "@/lib/domain/enums";
import { nominationStageLabel } from "@/lib/labels";
import { PROCEDURE } from "@/lib/nominations/stages";

/** 动议 → … → 任职 with the steps done, the current one, and those ahead (text, not colour alone). */
export function StageStepper({ stage, reached }: { stage: NominationStage; reached: NominationStage }) {
  const closed = stage === "REJECTED" || stage === "WITHDRAWN";
  const at = PROCEDURE.indexOf(reached);
  return (
    <ol className="mb-6 flex flex-wrap items-center gap-1 text-sm" aria-label="选任程序">
      {PROCEDURE.map((s, i) => {
        const state =
          i < at || (i === at && s === "APPOINTED") ? "done" : i === at ? (closed ? "stopped" : "current") : "ahead";
        const cls = {
          done: "bg-emerald-50 text-emerald-800 ring-emerald-300",
          current: "bg-brand-600 text-white ring-brand-600 font-medium",
          stopped: "bg-rose-50 text-rose-800 ring-rose-300",
          ahead: "bg-white text-slate-500 ring-slate-200",
        }[state];
        const mark = { done: "✓ ", current: "● ", stopped: "✕ ", ahead: "" }[state];
        return (
          <li key={s} className="flex items-center gap-1">
            <span
              className={`rounded px-2 py-1 ring-1 ring-inset ${cls}`}
              aria-current={state === "current" ? "step" : undefined}
            >
              {mark}
              {nominationStageLabel[s]}
            </span>
            {i < PROCEDURE.length - 1 ? (
              <span className="text-slate-400" aria-hidden>
                →
              </span>
            ) : null}
          </li>
        );
      })}
      {closed ? <li className="ml-2 font-medium text-rose-700">（{nominationStageLabel[stage]}）</li> : null}
    </ol>
  );
}
