"use client";
import { HydratedButton } from "@/components/ui/button";

import { useState } from "react";

/**
 * A chart with its data as a table one click away (图表 / 表格), for screen readers, exact
 * figures and copying. The chart itself is decorative to assistive technology; the table is not.
 */
export function ChartCard({
  title,
  note,
  chart,
  table,
  testId,
}: {
  title: string;
  note?: React.ReactNode;
  chart: React.ReactNode;
  table: React.ReactNode;
  testId?: string;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const tab = (v: "chart" | "table", label: string) => (
    <HydratedButton
      type="button"
      aria-pressed={view === v}
      onClick={() => setView(v)}
      className={`px-2 py-0.5 text-xs ${view === v ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
    >
      {label}
    </HydratedButton>
  );
  return (
    <section
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid={testId}
      aria-label={title}
    >
      <header className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
        <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
        <div
          className="no-print flex overflow-hidden rounded border border-slate-300"
          role="group"
          aria-label={`${title}的显示方式`}
        >
          {tab("chart", "图表")}
          {tab("table", "表格")}
        </div>
      </header>
      <div className="p-3">
        {note ? <div className="mb-2 text-xs text-slate-600">{note}</div> : null}
        {view === "chart" ? <div aria-hidden="true">{chart}</div> : <div className="overflow-x-auto">{table}</div>}
      </div>
    </section>
  );
}

/** A small data table for a chart's table view. */
export function DataTable({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr>
          {head.map((h, i) => (
            <th
              key={h}
              scope="col"
              className={`border-b border-slate-200 bg-slate-50 px-2 py-1 font-medium text-slate-600 ${i ? "text-right" : "text-left"}`}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, k) => (
          <tr key={k}>
            {r.map((c, i) => (
              <td key={i} className={`border-b border-slate-100 px-2 py-1 ${i ? "text-right tabular-nums" : ""}`}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
