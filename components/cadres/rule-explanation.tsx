"use client";
// The source text of a rule (explain(ruleId)): document, clause, text and severity.
import { HydratedButton } from "@/components/ui/button";
import type { Explanation } from "@/lib/rules";

export function RuleExplanation({ e, onClose }: { e: Explanation; onClose: () => void }) {
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="rule-explain-title"
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
      onClick={onClose}
    >
      <div
        className="max-w-lg rounded-lg bg-white p-5 shadow-xl"
        onClick={(ev) => ev.stopPropagation()}
        data-testid="rule-explanation"
      >
        <h3 id="rule-explain-title" className="text-base font-semibold">
          <span className="font-mono text-brand-700">{e.ruleId}</span> {e.title}
        </h3>
        <p className="mt-1 text-xs text-slate-500">
          {e.source}　{e.clause}
        </p>
        <blockquote className="mt-3 border-l-4 border-brand-100 pl-3 text-sm leading-relaxed text-slate-800">
          {e.text}
        </blockquote>
        <p className="mt-3 text-xs text-slate-500">
          默认约束力：
          {e.defaultSeverity === "hard" ? "硬性条件（不满足即不符合）" : "一般要求（不满足为提示，可说明理由）"}
        </p>
        <div className="mt-4 text-right">
          <HydratedButton
            type="button"
            onClick={onClose}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
            autoFocus
          >
            关闭
          </HydratedButton>
        </div>
      </div>
    </div>
  );
}
