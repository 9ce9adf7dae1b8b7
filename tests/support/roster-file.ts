// Builds 花名册 .xlsx files for import tests: the template's title and header rows, then one
// row per person (cells keyed by the template's header, without the * mark).
import ExcelJS from "exceljs";
import { ROSTER_COLUMNS } from "../../lib/import/roster-columns";
import { buildIdNumber } from "../factories/id-number";

export type RosterRow = Record<string, string | number | Date | undefined>;

export async function rosterFile(
  rows: RosterRow[],
  headers: string[] = ROSTER_COLUMNS.map((c) => c.header),
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("花名册");
  ws.addRow(["干部花名册"]);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h.replace("*", "")] ?? null));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The n-th test person (n ≥ 0): a valid 身份证号 matching birth date and gender. `area` (four
 * digits) keeps the numbers of different test files apart.
 */
export function person(n: number, unit: string, overrides: RosterRow = {}, area = "6501"): RosterRow {
  const gender = n % 3 === 0 ? "女" : "男";
  const birth = new Date(Date.UTC(1985 + (n % 10), n % 12, 1 + (n % 27)));
  const seq = 2 * (n % 400) + (gender === "男" ? 1 : 2);
  const id = buildIdNumber(`${area}${String(11 + Math.floor(n / 400)).padStart(2, "0")}`, birth, seq);
  const ym = `${birth.getUTCFullYear()}.${String(birth.getUTCMonth() + 1).padStart(2, "0")}`;
  const workYear = birth.getUTCFullYear() + 23;
  return {
    姓名: `测试${"甲乙丙丁戊己庚辛壬癸"[n % 10]}${"子丑寅卯辰巳午未申酉戌亥"[Math.floor(n / 10) % 12]}${n >= 120 ? "一二三四五六七八九十"[Math.floor(n / 120) % 10] : ""}`,
    身份证号: id,
    性别: gender,
    出生年月: ym,
    民族: n % 7 === 0 ? "回族" : "汉族",
    籍贯: "安徽合肥",
    出生地: "安徽合肥",
    政治面貌: "中共党员",
    入党时间: `${workYear + 1}.07`,
    参加工作时间: `${workYear}.08`,
    健康状况: "健康",
    单位: unit,
    现任职务: `${unit}科员`,
    职务层次: "科员",
    任现职务层次时间: `${workYear + 1}.08`,
    职级: "一级科员",
    任现职级时间: `${workYear + 2}.08`,
    编制类型: "公务员",
    全日制学历: "大学本科",
    全日制学位: "学士",
    全日制毕业院校系及专业: "安徽大学法学专业",
    熟悉领域: "党务、法律",
    ...overrides,
  };
}
