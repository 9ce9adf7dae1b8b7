import "server-only";
// The reminders as an .xlsx file (exceljs), one row per line (names and units, no 身份证号),
// marked with who exported it and when, audited as an export with the count of lines.
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format/dates";
import { watermarkLine } from "@/lib/print/watermark";
import { watermarkWorkbook } from "@/lib/server/export/xlsx-watermark";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { reminderCategoryLabel, REMINDER_CATEGORIES, type Reminders } from "@/lib/development/reminder-types";
import { computeReminders } from "./reminders";

const COLUMNS = [
  { header: "序号", key: "n", width: 6 },
  { header: "提醒类别", key: "category", width: 34 },
  { header: "规则", key: "ruleId", width: 24 },
  { header: "姓名", key: "name", width: 10 },
  { header: "单位", key: "unit", width: 28 },
  { header: "情况说明", key: "detail", width: 70 },
  { header: "期限", key: "due", width: 12 },
  { header: "处理页面", key: "href", width: 36 },
];

export async function buildRemindersWorkbook(
  r: Reminders,
  watermark?: { line: string; username: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "苗圃";
  const ws = wb.addWorksheet("培养提醒", { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = COLUMNS.map(({ key, width }) => ({ key, width }));
  ws.addRow([`培训与实践提醒（截至${formatDate(r.asOf)}，依据：${r.profileName}）`]);
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getRow(1).font = { bold: true, size: 13 };
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  const order = new Map(REMINDER_CATEGORIES.map((c, i) => [c, i]));
  const lines = [...r.lines].sort((a, b) => order.get(a.category)! - order.get(b.category)!);
  lines.forEach((l, i) => {
    ws.addRow({
      n: i + 1,
      category: reminderCategoryLabel[l.category],
      ruleId: l.ruleId ?? "",
      name: l.cadreName,
      unit: l.unitName,
      detail: l.detail,
      due: formatDate(l.dueOn),
      href: l.href,
    });
  });
  ws.getColumn("detail").alignment = { wrapText: true, vertical: "top" };
  if (watermark) watermarkWorkbook(wb, watermark.line, watermark.username);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Builds the file and writes the export's audit row (who exported how many lines). */
export async function exportReminders(
  actor: Actor,
  asOf: Date,
  now: Date = new Date(),
): Promise<{ buffer: Buffer; filename: string; count: number }> {
  assertCan(actor, "development", "export");
  const r = await computeReminders(actor, asOf);
  const buffer = await buildRemindersWorkbook(r, { line: watermarkLine(actor, now), username: actor.username });
  const byCategory = Object.fromEntries(
    REMINDER_CATEGORIES.map((c) => [c, r.lines.filter((l) => l.category === c).length]),
  );
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "export.reminders",
    objectType: "Reminders",
    objectId: null,
    result: "SUCCESS",
    diff: {
      count: r.lines.length,
      exported: { from: null, to: { asOf: formatDate(asOf), lines: r.lines.length, byCategory } },
    },
  });
  return { buffer, filename: `培养提醒_${formatDate(asOf)}.xlsx`, count: r.lines.length };
}
