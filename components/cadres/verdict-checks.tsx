"use client";
// The checks of one verdict: rule id (click for its source text), 通过/不通过/提示/不适用, message.
import { HydratedButton } from "@/components/ui/button";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { checkOutcomeLabel, type Check, type Explanation } from "@/lib/rules";
import { RuleExplanation } from "./rule-explanation";

export function checkStatus(c: Check): { label: string; tone: "ok" | "bad" | "warn" | "neutral" } {
  const label = checkOutcomeLabel(c);
  // 不适用 is neither a pass nor a failure: the target does not concern this cadre
  if (c.notApplicable) return { label, tone: "neutral" };
  return { label, tone: c.passed ? "ok" : c.severity === "hard" ? "bad" : "warn" };
}

export function VerdictChecks({
  checks,
  explanations,
}: {
  checks: Check[];
  explanations: Record<string, Explanation>;
}) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {checks.map((c, i) => {
          const s = checkStatus(c);
          return (
            <li
              key={`${c.ruleId}-${i}`}
              className="flex items-start gap-2 py-1.5 text-sm"
              data-testid={`check-${c.ruleId}`}
              data-status={s.tone}
            >
              <HydratedButton
                type="button"
                onClick={() => setOpen(c.ruleId)}
                className="shrink-0 font-mono text-xs text-brand-700 underline decoration-dotted hover:text-brand-800"
                title="查看政策原文"
              >
                {c.ruleId}
              </HydratedButton>
              <Badge tone={s.tone}>{s.label}</Badge>
              <span className="text-slate-700">{c.message}</span>
            </li>
          );
        })}
      </ul>
      {open && explanations[open] ? <RuleExplanation e={explanations[open]} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
