"use client";
// The explained checks: each rule id opens the clause it comes from (explain(ruleId)).
import { useState } from "react";
import type { ExplainedCheck } from "@/lib/nominations/types";

function status(c: ExplainedCheck): { text: string; cls: string } {
  if (c.passed) return { text: "✓ 符合", cls: "text-emerald-700" };
  return c.severity === "hard" ? { text: "✕ 不符合", cls: "text-rose-700 font-medium" } : { text: "! 提示", cls: "text-amber-700 font-medium" };
}

export function CheckList({ checks }: { checks: ExplainedCheck[] }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="check-list">
      {checks.map((c, i) => {
        const s = status(c);
        return (
          <li key={i} className="py-2" data-testid="check-item" data-rule={c.ruleId} data-passed={c.passed} data-severity={c.severity}>
            <div className="flex items-start gap-3">
              <span className={`w-16 shrink-0 ${s.cls}`}>{s.text}</span>
              <button
                type="button"
                className="w-32 shrink-0 text-left font-mono text-xs text-brand-700 underline"
                aria-expanded={open === i}
                onClick={() => setOpen(open === i ? null : i)}
              >
                {c.ruleId}
              </button>
              <span className="text-slate-800">{c.message}</span>
            </div>
            {open === i ? (
              <div className="ml-20 mt-2 rounded bg-slate-50 p-3 text-xs text-slate-700" role="note" data-testid="rule-explanation">
                <p className="font-medium">{c.ruleId} {c.explanation.title}</p>
                <p className="mt-1">{c.explanation.text}</p>
                <p className="mt-1 text-slate-500">依据：{c.explanation.source}{c.explanation.clause ? ` ${c.explanation.clause}` : ""}</p>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function CheckSummary({ hardFailures, warnings }: { hardFailures: number; warnings: number }) {
  if (hardFailures) return <p className="text-sm font-medium text-rose-700" role="status">有{hardFailures}项硬性条件不符合，不能报送。</p>;
  if (warnings) return <p className="text-sm font-medium text-amber-700" role="status">符合硬性条件；有{warnings}项提示，须说明理由后方可报送。</p>;
  return <p className="text-sm font-medium text-emerald-700" role="status">各项条件均符合。</p>;
}
