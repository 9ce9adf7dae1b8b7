// The pool's 名册 export: Chinese headers under a title and the reference date, ages on that
// date, 身份证号 masked even for organization staff, entries open on that date only; every sheet
// carries who exported it and when; audited with the count.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { exportPoolRoster } from "@/lib/server/export/pool-workbook";
import { ForbiddenError } from "@/lib/errors/user-facing";
import type { Actor } from "@/lib/auth/actor";
import { createFullCadre, type FullCadre } from "../../factories";
import { actorOf, createTestUser } from "../../support/users";

let staff: Actor;
let cadre: FullCadre;

async function sheetOf(body: Uint8Array, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body.buffer as ArrayBuffer);
  return wb.getWorksheet(name)!;
}

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  // a name of its own: other files create full cadres with the factory's default name in the same database
  cadre = await createFullCadre(prisma, { name: `名册导出${Date.now() % 100000}` }, { idNumber: true }); // in the pool (科级) since 2025-05-20
});

describe("干部库名册 export", () => {
  it("writes the tier's sheet: title, reference date, Chinese headers, age on that date, masked 身份证号", async () => {
    const file = await exportPoolRoster(
      staff,
      new Date(Date.UTC(2026, 5, 30)),
      "SECTION",
      new Date(Date.UTC(2026, 11, 6, 6, 5)),
    );
    expect(file.fileName).toBe("优秀年轻干部库名册（科级年轻干部）_20260630.xlsx");
    const ws = await sheetOf(file.body, "科级年轻干部");
    expect(ws.getRow(1).getCell(1).value).toBe("优秀年轻干部库名册（科级年轻干部）");
    expect(ws.getRow(2).getCell(1).value).toBe("统计截至2026年6月30日，年龄为周岁；身份证号已脱敏");
    expect((ws.getRow(3).values as string[]).slice(1, 5)).toEqual(["序号", "姓名", "性别", "出生年月（年龄）"]);
    const rows = (ws.getSheetValues() as unknown[][]).filter((r) => r && r[2] === cadre.name);
    expect(rows).toHaveLength(1);
    const row = rows[0] as string[];
    const born = cadre.birthDate;
    const age =
      2026 -
      born.getUTCFullYear() -
      (born.getUTCMonth() > 5 || (born.getUTCMonth() === 5 && born.getUTCDate() > 30) ? 1 : 0);
    expect(row[4]).toBe(`${born.getUTCFullYear()}.${String(born.getUTCMonth() + 1).padStart(2, "0")}（${age}岁）`);
    expect(row[16]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(row[15]).toBe("2025.05.20");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "export.pool" }, orderBy: { id: "desc" } });
    expect(audit.diff).toMatchObject({ tier: "SECTION", asOf: "2026-06-30", idNumbers: "脱敏" });
    expect((audit.diff as { count: number }).count).toBeGreaterThanOrEqual(1);
    const mark = `苗圃 导出：${staff.displayName}（${staff.username}） 2026-12-06 14:05`;
    expect(ws.headerFooter.oddFooter).toContain(mark);
    expect(ws.headerFooter.oddHeader).toContain(staff.username);
  });

  it("leaves out entries not yet open on the reference date", async () => {
    const file = await exportPoolRoster(staff, new Date(Date.UTC(2025, 0, 1)), "SECTION");
    const ws = await sheetOf(file.body, "科级年轻干部");
    expect((ws.getSheetValues() as unknown[][]).some((r) => r && r[2] === cadre.name)).toBe(false);
  });

  it("is for organization roles only", async () => {
    const unit = actorOf(await createTestUser("UNIT", { unitId: cadre.unitId! }));
    await expect(exportPoolRoster(unit, new Date(), null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
