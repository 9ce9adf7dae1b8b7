import "server-only";
import ExcelJS from "exceljs";
import type { ReadableAuditRow } from "./readable-rows";

const changesText = (r: ReadableAuditRow) =>
  r.changes
    .map((c) => (c.value !== undefined ? `${c.label}：${c.value}` : `${c.label}：${c.from} → ${c.to}`))
    .join("\n");

// The same Chinese reading as the page; the codes (操作代码, 对象编号, 哈希 …) follow in the last
// columns for whoever must match a row against the database or the chain.
const COLUMNS: [string, number, (r: ReadableAuditRow) => string | number][] = [
  ["序号", 8, (r) => r.id],
  ["时间（北京时间）", 20, (r) => r.time],
  ["用户", 14, (r) => r.username],
  ["角色", 14, (r) => r.role],
  ["单位", 22, (r) => r.unit],
  ["IP 地址", 15, (r) => r.ip],
  ["操作", 22, (r) => r.actionLabel],
  ["对象类型", 14, (r) => r.objectLabel],
  ["对象", 22, (r) => r.objectName ?? ""],
  ["结果", 8, (r) => r.resultLabel],
  ["变更内容", 60, changesText],
  ["参考编号", 12, (r) => r.referenceId ?? ""],
  ["会话哈希", 18, (r) => r.sessionHash ?? ""],
  ["请求编号", 38, (r) => r.requestId ?? ""],
  ["浏览器", 40, (r) => r.userAgent ?? ""],
  ["操作代码", 24, (r) => r.action],
  ["对象编号", 28, (r) => r.objectId ?? ""],
  ["链版本", 6, (r) => r.chainVersion],
  ["哈希", 20, (r) => r.hash],
];

/** The audit log as an .xlsx; diffs were masked when written, so nothing more is hidden here. */
export async function auditWorkbook(rows: ReadableAuditRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("审计日志");
  ws.addRow([title]);
  ws.addRow(COLUMNS.map(([header]) => header));
  for (const r of rows) ws.addRow(COLUMNS.map(([, , value]) => value(r)));
  ws.getRow(2).font = { bold: true };
  ws.getColumn(11).alignment = { wrapText: true, vertical: "top" };
  ws.columns.forEach((c, i) => (c.width = COLUMNS[i][1]));
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
