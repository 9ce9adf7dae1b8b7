"use client";
import { HydratedButton } from "@/components/ui/button";

import { Fragment, useState } from "react";
import type { DrillTable, TargetSummary } from "@/lib/dashboard/model";
import { DrillPanel } from "./drill-panel";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

function actualText(t: TargetSummary): string {
  const ratio = t.actualRatio != null && t.n > 0 ? `（${(t.actualRatio * 100).toFixed(1)}%）` : "";
  return `${t.actualCount}${t.n > 0 ? ` / ${t.n}` : ""}${ratio}`;
}

/**
 * Every target as a row: target, actual, progress and status. A click (or Enter) on a row
 * opens the units, posts or people behind its number — first those still short of it —
 * fetched from the model of the page (`asOf`, `computedAt`) when the row opens.
 */
export function TargetsTable({
  targets,
  caption,
  table,
  asOf,
  computedAt,
}: {
  targets: TargetSummary[];
  caption: string;
  table: DrillTable;
  asOf: string;
  computedAt: string;
}) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-label={caption}>
        <thead>
          <tr className="bg-slate-50 text-left text-slate-600">
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-medium">
              规则
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-medium">
              配备目标
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-medium">
              目标要求
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 text-right font-medium">
              实际
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-medium">
              完成进度
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-medium">
              状态
            </th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => {
            const expanded = open === t.key;
            const toggle = () => setOpen(expanded ? null : t.key);
            return (
              <Fragment key={t.key}>
                <tr
                  id={`target-${t.key}`}
                  data-testid={`target-row-${t.key}`}
                  data-status={t.status}
                  onClick={toggle}
                  className={`cursor-pointer break-inside-avoid scroll-mt-16 hover:bg-brand-50 target:bg-amber-50 ${expanded ? "bg-brand-50" : ""}`}
                >
                  <td className="border-b border-slate-100 px-3 py-2 align-top whitespace-nowrap">
                    <HydratedButton
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={`drill-${t.key}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle();
                      }}
                      title={`${t.ruleTitle}（${t.ruleSource}）`}
                      className="font-mono text-xs text-brand-700 underline-offset-2 hover:underline"
                    >
                      <span aria-hidden="true" className="mr-1 inline-block w-3 text-slate-500">
                        {expanded ? "▾" : "▸"}
                      </span>
                      {t.ruleId}
                    </HydratedButton>
                    <div className="pl-4 text-xs text-slate-500">{t.hard ? "刚性要求" : "一般要求"}</div>
                  </td>
                  <td className="border-b border-slate-100 px-3 py-2 align-top">{t.label}</td>
                  <td className="border-b border-slate-100 px-3 py-2 align-top text-slate-600">{t.description}</td>
                  <td
                    className="border-b border-slate-100 px-3 py-2 text-right align-top tabular-nums whitespace-nowrap"
                    data-testid="target-actual"
                  >
                    {actualText(t)}
                  </td>
                  <td className="border-b border-slate-100 px-3 py-2 align-top">
                    <ProgressBar
                      actual={t.actualCount}
                      target={t.targetCount}
                      status={t.status}
                      label={`${t.label}：实际${t.actualCount}，目标${t.targetCount}`}
                    />
                  </td>
                  <td className="border-b border-slate-100 px-3 py-2 align-top whitespace-nowrap">
                    <StatusBadge status={t.status} />
                  </td>
                </tr>
                {expanded ? (
                  <tr id={`drill-${t.key}`} data-testid={`drill-${t.key}`}>
                    <td colSpan={6} className="border-b border-slate-200 bg-slate-50 px-5 py-3">
                      <DrillPanel t={t} table={table} asOf={asOf} computedAt={computedAt} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
