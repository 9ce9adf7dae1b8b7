import { Table, Td, Th } from "@/components/ui/table";
import type { ReportTable } from "@/lib/reports/model";

/** Long name lists are cut on screen; the workbook has every row. */
export const SCREEN_ROWS = 300;

const num = (v: unknown) => typeof v === "number";

/** One table of a report: the headers with their thresholds, the rows, the totals and the notes. */
export function ReportTableView({ table, index }: { table: ReportTable; index: number }) {
  const shown = table.rows.slice(0, SCREEN_ROWS);
  return (
    <section aria-labelledby={`report-table-${index}`} className="mb-8" data-testid={`report-table-${index}`}>
      <h2 id={`report-table-${index}`} className="mb-2 text-base font-semibold text-slate-900">
        {table.name}
      </h2>
      <Table aria-label={table.name}>
        <thead>
          <tr>
            {table.headers.map((h, i) => (
              <Th key={i} className="min-w-20 align-bottom text-xs">
                {h}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <Td key={j} className={num(c) ? "text-right tabular-nums" : ""}>
                  {c ?? ""}
                </Td>
              ))}
            </tr>
          ))}
          {table.rows.length === 0 ? (
            <tr>
              <Td colSpan={table.headers.length} className="text-slate-500">
                没有数据
              </Td>
            </tr>
          ) : null}
        </tbody>
        {table.totals.length ? (
          <tfoot>
            {table.totals.map((r, i) => (
              <tr key={i} data-testid="report-total-row" className="font-semibold">
                {r.map((c, j) => (
                  <Td key={j} className={num(c) ? "text-right tabular-nums" : ""}>
                    {c ?? ""}
                  </Td>
                ))}
              </tr>
            ))}
          </tfoot>
        ) : null}
      </Table>
      {table.rows.length > shown.length ? (
        <p className="mt-1 text-xs text-slate-500">
          共 {table.rows.length} 行，此处列出前 {shown.length} 行；完整名单请导出 Excel。
        </p>
      ) : null}
      {(table.notes ?? []).map((n, i) => (
        <p key={i} className="mt-1 text-xs text-slate-500">
          注：{n}
        </p>
      ))}
    </section>
  );
}
