import "server-only";
// A statistics report as an .xlsx: one sheet per table, each headed by the title, then the date,
// the scope and the policy profile with its version, then the headers (thresholds written in),
// the rows, the totals and the notes; landscape A4, the header row repeated on every page. The
// same model the page renders (lib/reports), so the file and the screen agree. Watermarked with
// who exported it and when; audited.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { formatDateLong } from "@/lib/format/dates";
import { profileText } from "@/lib/reports/build-report";
import type { ReportModel } from "@/lib/reports/model";
import { toDay } from "@/lib/rules";
import { addTitledSheet, sealExport } from "@/lib/server/export/titled-sheet";

export function reportSubtitle(m: ReportModel): string {
  return `统计日期：${formatDateLong(toDay(m.asOf))}　范围：${m.scopeLabel}　政策配置：${profileText(m)}`;
}

export async function reportWorkbook(actor: Actor, m: ReportModel, now: Date = new Date()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of m.tables) {
    const ws = addTitledSheet(wb, t.name, {
      title: `${m.title}（${t.name}）`,
      subtitle: reportSubtitle(m),
      headers: t.headers,
      widths: [22, ...t.headers.slice(1).map(() => 12)],
      frozenColumns: 1,
    });
    for (const r of t.rows) ws.addRow(r);
    for (const r of t.totals) ws.addRow(r).font = { bold: true };
    for (const n of t.notes ?? []) ws.addRow([`注：${n}`]);
    ws.getRow(3).alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  return sealExport(wb, actor, now, {
    action: "export.report",
    objectType: "Report",
    diff: { report: m.title, asOf: m.asOf, scope: m.scopeLabel, rows: m.tables.reduce((n, t) => n + t.rows.length, 0) },
  });
}

export function reportFileName(m: ReportModel): string {
  return `${m.title}_${m.scopeLabel}_${m.asOf.replaceAll("-", "")}.xlsx`;
}
