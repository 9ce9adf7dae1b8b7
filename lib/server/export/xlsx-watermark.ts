import "server-only";
// Marks an exported workbook with who exported it and when: in the header and footer of every
// sheet (printed on every page, shown in Excel's page layout) and in the document properties
// (文件 → 信息), where it stays when someone deletes rows.
import type ExcelJS from "exceljs";

/** Excel's header codes start with &: a literal ampersand is written twice. */
const literal = (s: string) => s.replaceAll("&", "&&");

export function watermarkWorkbook(wb: ExcelJS.Workbook, line: string, username: string): void {
  const text = literal(line);
  wb.creator = "苗圃";
  wb.lastModifiedBy = username;
  wb.subject = line;
  wb.description = line;
  wb.keywords = line;
  for (const ws of wb.worksheets) {
    ws.headerFooter = {
      ...ws.headerFooter,
      differentFirst: false,
      differentOddEven: false,
      oddHeader: `&L${text}&R第 &P 页，共 &N 页`,
      oddFooter: `&C${text}`,
    };
  }
}
