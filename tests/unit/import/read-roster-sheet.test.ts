import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readRosterSheet } from "@/lib/import/read-roster-sheet";
import { fieldForHeader, normalizeHeader } from "@/lib/import/roster-columns";

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("名册"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("headers", () => {
  it("match after removing spaces, * and bracketed hints", () => {
    expect(normalizeHeader(" 出生年月*（1988.05） ")).toBe("出生年月");
    expect(fieldForHeader("公民身份号码")).toBe("idNumber");
    expect(fieldForHeader("姓　名")).toBe("name");
    expect(fieldForHeader("家庭住址")).toBeNull();
  });
});

describe("readRosterSheet", () => {
  it("finds the header under a title row and reads cells as text, dates and numbers", async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(["某单位干部花名册"]);
      ws.addRow(["序号", "姓名", "身份证号", "单位", "出生年月", "参加工作时间", "入党时间", "民族", "政治面貌"]);
      ws.addRow([
        1,
        { richText: [{ text: "欧阳" }, { text: "娜娜" }] },
        "110105194912310029",
        "青禾区某局",
        1988.1,
        new Date(Date.UTC(2010, 6, 1)),
        "2012.06",
      ]);
      ws.addRow([]);
      ws.addRow([2, "张三", 110105194912310020, "青禾区某局", 198805, null, null]);
    });
    const r = await readRosterSheet(bytes);
    if (!r.ok) throw new Error(r.message);
    expect(r.headerRow).toBe(2);
    expect(r.rows.map((x) => x.rowNumber)).toEqual([3, 5]);
    const [a, b] = r.rows;
    expect(a.cells.name).toEqual({ value: "欧阳娜娜", numeric: false });
    // Excel keeps 1988.10 as the number 1988.1: read as October, never January.
    expect(a.cells.birth).toEqual({ value: "1988.10", numeric: true });
    expect(a.cells.workStart?.value).toEqual(new Date(Date.UTC(2010, 6, 1)));
    expect(b.cells.idNumber?.numeric).toBe(true);
    expect(b.cells.birth).toEqual({ value: "198805", numeric: true });
  });

  it("keeps every Chinese character of a long sheet intact", async () => {
    const names = Array.from(
      { length: 3000 },
      (_, i) =>
        `测试${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"鑫淼犇骉垚"[i % 5]}${"一二三四五六七八九十"[Math.floor(i / 10) % 10]}`,
    );
    const bytes = await workbook((ws) => {
      ws.addRow(["姓名", "身份证号", "单位", "民族", "政治面貌"]);
      names.forEach((n, i) => ws.addRow([n, "x", `青禾区第${i}单位`, "汉族", "群众"]));
    });
    const r = await readRosterSheet(bytes);
    if (!r.ok) throw new Error(r.message);
    expect(r.rows.map((x) => x.cells.name?.value)).toEqual(names);
  });

  it("says which required columns are missing and refuses a sheet without a header", async () => {
    const missing = await readRosterSheet(await workbook((ws) => ws.addRow(["姓名", "民族", "政治面貌", "性别"])));
    expect(missing).toEqual({ ok: false, message: "工作表“名册”缺少必填列：身份证号、单位" });
    const none = await readRosterSheet(await workbook((ws) => ws.addRow(["甲", "乙"])));
    expect(none).toEqual({
      ok: false,
      message: "没有找到表头：请保留模板的表头行（至少含“姓名”“身份证号”“单位”等列）",
    });
  });
});
