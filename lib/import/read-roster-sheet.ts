// An uploaded 花名册 (.xlsx) → header mapping and raw rows. Finds the header row among the
// first rows (templates carry a title and notes above it), maps headers to fields in any
// order, and turns each cell into text the row validator reads. Pure (exceljs, no database).
import ExcelJS from "exceljs";
import { fieldForHeader, IGNORED_HEADERS, ROSTER_COLUMNS, COLUMN_BY_FIELD, type RosterField } from "./roster-columns";

import { MAX_ROSTER_BYTES, rosterTooLargeMessage } from "./upload-limits";

export { MAX_ROSTER_BYTES };
export const MAX_ROSTER_ROWS = 20_000;

export interface RawCell {
  /** text as the user sees it; a (valid) Date for a date-formatted cell */
  value: string | Date;
  /** a number cell: fine for dates, fatal for 身份证号 (Excel keeps 15 significant digits) */
  numeric: boolean;
}

export interface RawRow {
  /** the spreadsheet's own row number, as the user sees it */
  rowNumber: number;
  cells: Partial<Record<RosterField, RawCell>>;
}

export type RosterSheet =
  | { ok: true; sheetName: string; headerRow: number; fields: RosterField[]; ignoredHeaders: string[]; rows: RawRow[] }
  | { ok: false; message: string };

type CellValue = ExcelJS.CellValue;

function cellText(v: CellValue, date: boolean): RawCell | null {
  if (v === null || v === undefined) return null;
  // A date cell of a damaged file can hold an impossible serial: pass it on as text, so the
  // row check reports it beside its column instead of failing on the invalid Date.
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? { value: "无效日期", numeric: false } : { value: v, numeric: false };
  if (typeof v === "number") {
    // A date column typed as a number: 1988.1 is what Excel keeps of "1988.10".
    const text = date && !Number.isInteger(v) ? v.toFixed(2) : String(v);
    return { value: text, numeric: true };
  }
  if (typeof v === "string") return { value: v, numeric: false };
  if (typeof v === "boolean") return { value: v ? "是" : "否", numeric: false };
  if (typeof v === "object") {
    if ("richText" in v) return { value: v.richText.map((r) => r.text).join(""), numeric: false };
    if ("result" in v) return cellText(v.result as CellValue, date);
    if ("text" in v && typeof v.text === "string") return { value: v.text, numeric: false };
    if ("error" in v) return null;
  }
  return { value: String(v), numeric: false };
}

function headerText(v: CellValue): string {
  const c = cellText(v, false);
  return c && typeof c.value === "string" ? c.value : "";
}

function headerOf(row: ExcelJS.Row): { map: Map<number, RosterField>; ignored: string[] } | null {
  const map = new Map<number, RosterField>();
  const ignored: string[] = [];
  row.eachCell((cell, col) => {
    const text = headerText(cell.value).trim();
    if (!text) return;
    const field = fieldForHeader(text);
    if (field && ![...map.values()].includes(field)) map.set(col, field);
    else if (!IGNORED_HEADERS.has(text)) ignored.push(text);
  });
  return [...map.values()].includes("name") && map.size >= 3 ? { map, ignored } : null;
}

function rowOf(row: ExcelJS.Row, map: Map<number, RosterField>): RawRow | null {
  const cells: RawRow["cells"] = {};
  let any = false;
  for (const [col, field] of map) {
    const c = cellText(row.getCell(col).value, COLUMN_BY_FIELD[field].date === true);
    if (c && !(typeof c.value === "string" && c.value.trim() === "")) {
      cells[field] = c;
      any = true;
    }
  }
  return any ? { rowNumber: row.number, cells } : null;
}

type Found = { sheetName: string; headerRow: number; map: Map<number, RosterField>; ignored: string[]; rows: RawRow[] };

// The whole workbook is loaded: exceljs's streaming reader decodes each compressed chunk on
// its own and so garbles a Chinese character split across two chunks (seen on 10,000-row
// files), which an import must never do.
async function scan(bytes: Uint8Array): Promise<Found | "too-many" | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  for (const ws of wb.worksheets) {
    let found: Found | null = null;
    for (let r = 1; r <= Math.min(ws.rowCount, 10) && !found; r++) {
      const h = headerOf(ws.getRow(r));
      if (h) found = { sheetName: ws.name, headerRow: r, ...h, rows: [] };
    }
    if (!found) continue;
    if (ws.rowCount - found.headerRow > MAX_ROSTER_ROWS) return "too-many";
    const f = found;
    ws.eachRow((row, n) => {
      if (n <= f.headerRow) return;
      const r = rowOf(row, f.map);
      if (r) f.rows.push(r);
    });
    return found;
  }
  return null;
}

export async function readRosterSheet(bytes: Uint8Array): Promise<RosterSheet> {
  if (bytes.byteLength > MAX_ROSTER_BYTES) return { ok: false, message: rosterTooLargeMessage() };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    return { ok: false, message: "这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入" };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { ok: false, message: "不是 Excel（.xlsx）文件，请使用导入模板填写" };
  let found: Awaited<ReturnType<typeof scan>>;
  try {
    found = await scan(bytes);
  } catch {
    return { ok: false, message: "Excel 文件已损坏，无法读取" };
  }
  if (found === "too-many")
    return { ok: false, message: `一次最多导入 ${MAX_ROSTER_ROWS.toLocaleString("zh-CN")} 行，请分批导入` };
  if (!found) return { ok: false, message: "没有找到表头：请保留模板的表头行（至少含“姓名”“身份证号”“单位”等列）" };
  const fields = [...found.map.values()];
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !fields.includes(c.field)).map((c) => c.header);
  if (missing.length) return { ok: false, message: `工作表“${found.sheetName}”缺少必填列：${missing.join("、")}` };
  return {
    ok: true,
    sheetName: found.sheetName,
    headerRow: found.headerRow,
    fields,
    ignoredHeaders: found.ignored,
    rows: found.rows,
  };
}
