import "server-only";
// The 全程纪实表 as an .xlsx: the title, who and what (姓名、单位、推荐层级、拟任) and the date,
// then one row per step; marked with who exported it and when, audited with the nomination.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/format/dates";
import { poolTierLabel } from "@/lib/labels";
import { RECORD_HEADERS } from "@/lib/nominations/selection-record";
import { watermarkLine } from "@/lib/print/watermark";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authz/scope";
import { watermarkWorkbook } from "@/lib/server/export/xlsx-watermark";
import { getSelectionRecord, type SelectionRecord } from "./selection-record";

const WIDTHS = [14, 14, 30, 22, 30, 50, 10];
export const RECORD_TITLE = "干部选拔任用工作全程纪实表";

export function recordSubtitle(r: SelectionRecord, asOf: Date): string {
  const n = r.nomination;
  return `姓名：${n.cadre.name}　单位：${n.unit.name}　推荐层级：${poolTierLabel[n.tier]}${n.proposedPost ? `　拟任：${n.proposedPost}` : ""}　制表日期：${formatDate(asOf)}`;
}

export async function exportSelectionRecord(actor: Actor, nominationId: string, now: Date, asOf: Date) {
  assertCan(actor, "nomination", "export");
  const r = await getSelectionRecord(actor, nominationId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("全程纪实表", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([RECORD_TITLE]);
  ws.addRow([recordSubtitle(r, asOf)]);
  ws.addRow([...RECORD_HEADERS]);
  for (const row of r.rows)
    ws.addRow([row.step, row.date, row.participants, row.method, row.numbers, row.documents, row.recorder]);
  ws.mergeCells(1, 1, 1, RECORD_HEADERS.length);
  ws.mergeCells(2, 1, 2, RECORD_HEADERS.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: "center" };
  ws.getRow(3).font = { bold: true };
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
    ws.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
  watermarkWorkbook(wb, watermarkLine(actor, now), actor.username);
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "export.selectionRecord",
    objectType: "Nomination",
    objectId: r.nomination.id,
    result: "SUCCESS",
    diff: { format: "XLSX", cadreId: r.nomination.cadre.id, rows: r.rows.length },
  });
  return { fileName: `${r.nomination.cadre.name}全程纪实表_${formatDate(asOf).replaceAll(".", "")}.xlsx`, body };
}
