"use client";
// The roster's batch bar (issue 24 item 4): what is selected (ticked rows, or every cadre that
// matches the filter) and what can be done with it — export to Excel, the 任免审批表 as one PDF,
// 入库, 加入培训. The selection goes to the server as the roster's own search params; the server
// re-runs the roster's statement under the user's scope, so nothing outside it is touched.
import { useState, type ReactNode } from "react";
import { IdNumberExportDialog } from "@/components/export/id-number-export-dialog";
import { PdfDownloadButton } from "@/components/print/pdf-download-button";
import { Button, HydratedButton } from "@/components/ui/button";
import { ROSTER_BATCH_CAPS } from "@/lib/cadres/roster-batch";
import { rosterSearchParams, type RosterColumn, type RosterQuery } from "@/lib/validation/roster-query";
import { RosterBatchPool } from "./roster-batch-pool";
import { RosterBatchTraining } from "./roster-batch-training";

export interface RosterBatchPermissions {
  export: boolean;
  print: boolean;
  pool: boolean;
  training: boolean;
}

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";

export function RosterBatchBar(props: {
  query: RosterQuery;
  visible: RosterColumn[];
  selected: string[];
  all: boolean;
  onAll: (all: boolean) => void;
  onClear: () => void;
  can: RosterBatchPermissions;
  fullIdNumbers: boolean;
  asOf: string;
  today: string;
  trainings: { id: string; label: string }[];
  domains: string[];
  tiers: { value: string; label: string }[];
  count: ReactNode;
}) {
  const { query, selected, all, can } = props;
  const [panel, setPanel] = useState<"pool" | "training" | null>(null);
  if (!selected.length && !all) return null;
  const ids = all ? [] : selected;
  const selection = rosterSearchParams({ ...query, ids, page: 1, cols: [] }).toString();
  const exportHref = `/cadres/export?${rosterSearchParams({ ...query, ids, cols: props.visible, page: 1 }).toString()}`;
  const printHref = `/cadres/print-pdf?from=roster${all ? "&all=1" : ""}&${selection}`;
  const howMany = all ? "全部符合条件的干部" : `${selected.length} 人`;
  const printTooMany = !all && selected.length > ROSTER_BATCH_CAPS.print;
  return (
    <div className="mb-2 space-y-2" data-testid="batch-bar">
      <div className="flex flex-wrap items-center gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm">
        <span role="status" data-testid="batch-selected">
          {all ? <>已选中全部符合条件的干部（{props.count}）</> : `已勾选 ${selected.length} 人`}
        </span>
        {all ? null : (
          <HydratedButton className="text-brand-700 underline" onClick={() => props.onAll(true)}>
            选中全部符合条件的干部
          </HydratedButton>
        )}
        <HydratedButton className="text-slate-600 underline" onClick={props.onClear}>
          取消选择
        </HydratedButton>
        <span className="flex-1" />
        {can.export ? (
          props.visible.includes("idNumber") ? (
            <IdNumberExportDialog
              href={exportHref}
              label="导出所选"
              testId="batch-export"
              fullAllowed={props.fullIdNumbers}
            />
          ) : (
            <a href={exportHref} className={linkClass} data-testid="batch-export">
              导出所选
            </a>
          )
        ) : null}
        {can.print ? (
          printTooMany ? (
            <span className="text-xs text-amber-800" data-testid="batch-print-cap">
              一次最多打印 {ROSTER_BATCH_CAPS.print} 份任免审批表，已勾选 {selected.length} 人，请分批打印
            </span>
          ) : (
            <span className="inline-flex items-center gap-1">
              任免审批表
              <PdfDownloadButton href={`${printHref}&asOf=${props.asOf}`} count={all ? null : selected.length} />
            </span>
          )
        ) : null}
        {can.pool ? (
          <Button
            variant="secondary"
            onClick={() => setPanel(panel === "pool" ? null : "pool")}
            data-testid="batch-pool-open"
          >
            入库…
          </Button>
        ) : null}
        {can.training ? (
          <Button variant="secondary" onClick={() => setPanel(panel === "training" ? null : "training")}>
            加入培训…
          </Button>
        ) : null}
      </div>
      {panel === "pool" ? (
        <RosterBatchPool
          query={selection}
          all={all}
          howMany={howMany}
          today={props.today}
          domains={props.domains}
          tiers={props.tiers}
        />
      ) : null}
      {panel === "training" ? (
        <RosterBatchTraining query={selection} all={all} howMany={howMany} trainings={props.trainings} />
      ) : null}
    </div>
  );
}
