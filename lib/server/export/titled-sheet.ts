import "server-only";
// The shape of the printed lists and tables Miaopu exports (the pool's 名册, the 统计报表): a
// title row and a subtitle row (date, scope …) across the sheet above bold headers, landscape A4
// fitted to the page width, the header row repeated on every printed page and frozen on screen;
// and, when the rows are in, the exporter's watermark and the export's audit row.
import type ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { watermarkLine } from "@/lib/print/watermark";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { watermarkWorkbook } from "./xlsx-watermark";

export function addTitledSheet(
  wb: ExcelJS.Workbook,
  name: string,
  head: {
    title: string;
    subtitle: string;
    headers: readonly string[];
    widths?: readonly number[];
    frozenColumns?: number;
  },
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    },
    views: [{ state: "frozen", ySplit: 3, xSplit: head.frozenColumns ?? 0 }],
  });
  const width = Math.max(1, head.headers.length);
  ws.addRow([head.title]);
  ws.addRow([head.subtitle]);
  ws.addRow([...head.headers]);
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: "center" };
  ws.getRow(3).font = { bold: true };
  head.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** Watermarks the finished workbook with the exporter and the time, writes it, and audits the export. */
export async function sealExport(
  wb: ExcelJS.Workbook,
  actor: Actor,
  now: Date,
  audit: { action: string; objectType: string; diff: Record<string, unknown> },
): Promise<Uint8Array> {
  watermarkWorkbook(wb, watermarkLine(actor, now), actor.username);
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  await writeAuditStandalone({ ...auditBy(actor), ...audit, objectId: null, result: "SUCCESS" });
  return body;
}
