"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect } from "react";
import { dashboardDrillAction } from "@/app/(app)/dashboard/actions";
import type { DrillTable, TargetSummary } from "@/lib/dashboard/model";
import { formatDateTime } from "@/lib/format/dates";
import { DrillList } from "./drill-list";

const NOUN: Record<TargetSummary["subject"], string> = {
  UNIT: "单位",
  POST: "职位",
  PROMOTION: "提拔人员",
  CADRE: "干部",
  ENTRY: "在库干部",
  HIRE: "新进人员",
  PRACTICE: "选派人员",
};

/**
 * What an opened target row shows: its message and basis, then the units, posts or people
 * behind its figure, fetched now from the model the page was computed from.
 */
export function DrillPanel({
  t,
  table,
  asOf,
  computedAt,
}: {
  t: TargetSummary;
  table: DrillTable;
  asOf: string;
  computedAt: string;
}) {
  const { execute, result, isPending, hasSucceeded } = useAction(dashboardDrillAction);
  useEffect(() => {
    execute({ asOf, computedAt, table, key: t.key });
  }, [execute, asOf, computedAt, table, t.key]);
  const lists = result.data;
  const failed = result.serverError ?? (result.validationErrors ? "无法读取该指标的明细，请刷新页面" : null);
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">{t.message}</p>
      <p className="mb-3 text-xs text-slate-500">
        依据：{t.ruleTitle}（{t.ruleSource}）
      </p>
      {failed ? (
        <p role="alert" className="text-sm text-red-600">
          {failed}
        </p>
      ) : null}
      {isPending || (!hasSucceeded && !failed) ? (
        <p className="text-sm text-slate-500" aria-live="polite">
          正在读取明细…
        </p>
      ) : null}
      {lists ? (
        <div className="grid grid-cols-1 gap-4" data-testid="drill-lists">
          {lists.updated ? (
            <p role="status" className="text-xs text-amber-700">
              数据已更新：以下明细按 {formatDateTime(new Date(lists.computedAt), { seconds: true })}{" "}
              的数据列出，刷新页面可看到相应的数字。
            </p>
          ) : null}
          <DrillList
            title={`未达到要求的${NOUN[t.subject]}`}
            items={lists.lacking}
            total={lists.lackingTotal}
            testId="drill-lacking"
          />
          <DrillList
            title={`计入实际数的${NOUN[t.subject]}`}
            items={lists.counted}
            total={lists.countedTotal}
            testId="drill-counted"
          />
        </div>
      ) : null}
    </>
  );
}
