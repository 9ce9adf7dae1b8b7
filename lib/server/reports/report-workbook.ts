import "server-only";
// A statistics report as an .xlsx: one sheet per table, each headed by the title, then the date,
// the scope and the policy profile with its version, then the headers (thresholds written in),
// the rows, the totals and the notes; landscape A4, the header row repeated on every page. The
// same model the page renders (lib/reports), so the file and the screen agree. Watermarked with
// who exported it and when; audited.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { formatDateLong } from "@/lib/format/dates";
import { watermarkLine } from "@/lib/print/watermark";
import { profileText } from "@/lib/reports/build-report";
import type { ReportModel } from "@/lib/reports/model";
import { toDay } from "@/lib/rules";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { watermarkWorkbook } from "@/lib/server/export/xlsx-watermark";

const HEADER_ROW = 3;

export function reportSubtitle(m: ReportModel): string {
  return `统计日期：${formatDateLong(toDay(m.asOf))}　范围：${m.scopeLabel}　政策配置：${profileText(m)}`;
}

export async function reportWorkbook(actor: Actor, m: ReportModel, now: Date = new Date()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of m.tables) {
    const ws = wb.addWorksheet(t.name.slice(0, 31), {
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      },
      views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 1 }],
    });
    const width = Math.max(1, t.headers.length);
    ws.addRow([`${m.title}（${t.name}）`]);
    ws.addRow([reportSubtitle(m)]);
    ws.addRow(t.headers);
    for (const r of t.rows) ws.addRow(r);
    for (const r of t.totals) ws.addRow(r).font = { bold: true };
    for (const n of t.notes ?? []) ws.addRow([`注：${n}`]);
    ws.mergeCells(1, 1, 1, width);
    ws.mergeCells(2, 1, 2, width);
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.getRow(1).alignment = { horizontal: "center" };
    const head = ws.getRow(HEADER_ROW);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    ws.getColumn(1).width = 22;
    for (let c = 2; c <= width; c++) ws.getColumn(c).width = 12;
  }
  watermarkWorkbook(wb, watermarkLine(actor, now), actor.username);
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "export.report",
    objectType: "Report",
    objectId: null,
    result: "SUCCESS",
    diff: { report: m.title, asOf: m.asOf, scope: m.scopeLabel, rows: m.tables.reduce((n, t) => n + t.rows.length, 0) },
  });
  return body;
}

export function reportFileName(m: ReportModel): string {
  return `${m.title}_${m.scopeLabel}_${m.asOf.replaceAll("-", "")}.xlsx`;
}
