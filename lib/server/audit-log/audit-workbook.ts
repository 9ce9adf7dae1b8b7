import "server-only";
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/format/dates";
import type { AuditLog } from "@/lib/generated/prisma/client";
import { auditResultLabel, roleLabel } from "@/lib/labels";

/** The audit log as an .xlsx; diffs were masked when written, so they are exported as stored. */
export async function auditWorkbook(rows: AuditLog[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("审计日志");
  ws.addRow([title]);
  ws.addRow([
    "序号",
    "时间（北京时间）",
    "用户",
    "角色",
    "IP",
    "操作",
    "对象类型",
    "对象编号",
    "结果",
    "变更内容",
    "参考编号",
    "单位",
    "会话哈希",
    "请求编号",
    "浏览器",
    "链版本",
    "哈希",
  ]);
  for (const r of rows) {
    ws.addRow([
      r.id.toString(),
      formatDateTime(r.occurredAt, { seconds: true }),
      r.username ?? "",
      r.role ? roleLabel[r.role] : "",
      r.ip ?? "",
      r.action,
      r.objectType ?? "",
      r.objectId ?? "",
      auditResultLabel[r.result],
      r.diff ? JSON.stringify(r.diff) : "",
      r.referenceId ?? "",
      r.unitId ?? "",
      r.sessionHash ?? "",
      r.requestId ?? "",
      r.userAgent ?? "",
      r.chainVersion,
      r.hash,
    ]);
  }
  ws.getRow(2).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [8, 20, 14, 14, 15, 24, 14, 28, 8, 60, 12, 26, 18, 38, 40, 6, 20][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
