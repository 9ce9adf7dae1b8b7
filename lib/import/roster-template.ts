// The downloadable 花名册 import template: a title row, the header row (required columns marked
// *), text-formatted 身份证号 and date columns (so Excel cannot turn 1988.10 into 1988.1 or an
// 18-digit number into 3.4E+17), pick lists for code values, and a sheet of instructions
// listing the units the user may import into. Pure (exceljs).
import ExcelJS from "exceljs";
import { establishmentTypeLabel, gradeLabel, politicalStatusLabel, rankLabel } from "@/lib/labels";
import { ETHNICITIES } from "@/lib/labels/ethnicities";
import { ROSTER_COLUMNS, type RosterField } from "./roster-columns";

const LAST_ROW = 5002;

// exceljs supports range validations, but its typings omit them.
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const LISTS: Partial<Record<RosterField, string[]>> = {
  gender: ["男", "女"],
  ethnicity: [...ETHNICITIES],
  politicalStatus: Object.values(politicalStatusLabel),
  health: ["健康", "一般", "较差"],
  rank: Object.values(rankLabel),
  grade: Object.values(gradeLabel),
  establishmentType: Object.values(establishmentTypeLabel),
  ftLevel: ["博士研究生", "硕士研究生", "大学本科", "大学专科", "中专", "高中"],
  ptLevel: ["博士研究生", "硕士研究生", "大学本科", "大学专科"],
  ftDegree: ["博士", "硕士", "学士", "无"],
  ptDegree: ["博士", "硕士", "学士", "无"],
};

function colLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export async function rosterTemplate(unitNames: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("花名册");
  const lists = wb.addWorksheet("可选值");
  ws.addRow(["干部花名册（导入模板）　带 * 的列必填；日期写作 1988.05 或 1988-05-01；身份证号按文本填写"]);
  ws.mergeCells(1, 1, 1, ROSTER_COLUMNS.length);
  ws.getRow(1).font = { bold: true, size: 13 };
  const header = ws.addRow(ROSTER_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  ws.views = [{ state: "frozen", ySplit: 2 }];

  const listColumns: Array<[RosterField, string[]]> = [
    ["unit", [...unitNames]],
    ...(Object.entries(LISTS) as Array<[RosterField, string[]]>),
  ];
  lists.addRow(listColumns.map(([f]) => ROSTER_COLUMNS.find((c) => c.field === f)!.header));
  const longest = Math.max(...listColumns.map(([, v]) => v.length));
  for (let i = 0; i < longest; i++) lists.addRow(listColumns.map(([, v]) => v[i] ?? null));

  ROSTER_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.field === "idNumber" || c.date) col.numFmt = "@";
    if (c.hint) header.getCell(i + 1).note = c.hint;
    const listIndex = listColumns.findIndex(([f]) => f === c.field);
    if (listIndex >= 0 && listColumns[listIndex][1].length) {
      const l = colLetter(listIndex + 1);
      // A pick list, but other spellings stay allowed: the import reads variants too.
      (ws as unknown as RangeValidations).dataValidations.add(`${colLetter(i + 1)}3:${colLetter(i + 1)}${LAST_ROW}`, {
        type: "list",
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`'可选值'!$${l}$2:$${l}$${listColumns[listIndex][1].length + 1}`],
      });
    }
  });
  lists.getRow(1).font = { bold: true };
  lists.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
