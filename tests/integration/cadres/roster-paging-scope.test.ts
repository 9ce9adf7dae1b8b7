import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { exportRoster } from "@/lib/server/cadres/roster-export";
import { listRoster, scopedRosterWhere } from "@/lib/server/cadres/roster";
import { rosterOrderBy } from "@/lib/server/cadres/roster-where";
import { prisma } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/errors/user-facing";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTestUser } from "../../support/users";
import { cadreMaker, makeUnit, newTag, queryFor } from "./roster-world";

const tag = newTag();
let org: Actor;
let unitUser: Actor;
let unitA: { id: string };
let unitB: { id: string };
const ID = "110105194912310021";

beforeAll(async () => {
  unitA = await makeUnit("STREET", 1);
  unitB = await makeUnit("STREET", 2);
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitUser = actorOf(await createTestUser("UNIT", { unitId: unitA.id }));
  const inA = cadreMaker(tag, unitA.id);
  const inB = cadreMaker(tag, unitB.id);
  // 25 cadres in A born the same day: every birthDate comparison is a tie
  for (let i = 0; i < 25; i++)
    await inA({ name: `同日${String.fromCharCode(0x4e00 + i)}`, birthDate: new Date("1990-01-15") });
  await inB({
    name: "乙单位甲",
    birthDate: new Date("1990-01-15"),
    idNumberCipher: encryptIdNumber(ID),
    idNumberHash: hashIdNumber(ID),
  });
});

describe("paging stable under sorting ties, and the unit scope", () => {
  it("26 rows with one birth date, sorted by birth date, pages of 20: pages 1 and 2 hold every row once, ties in id order", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const p1 = await listRoster(org, queryFor(tag, { sort: "birthDate", dir, size: "20" }));
      const p2 = await listRoster(org, queryFor(tag, { sort: "birthDate", dir, size: "20", page: "2" }));
      expect(p1.total).toBe(26);
      expect(p1.pageCount).toBe(2);
      expect(p2.rows).toHaveLength(6);
      const ids = [...p1.rows, ...p2.rows].map((r) => r.id);
      expect(new Set(ids).size).toBe(26);
      expect(ids).toEqual([...ids].sort());
      // asking again gives the same page
      const again = await listRoster(org, queryFor(tag, { sort: "birthDate", dir, size: "20", page: "2" }));
      expect(again.rows.map((r) => r.id)).toEqual(p2.rows.map((r) => r.id));
    }
  });

  it("sorted by unit, unit A (sortOrder 1) comes before unit B (sortOrder 2); desc reverses it", async () => {
    const asc = await listRoster(org, queryFor(tag, { size: "100" }));
    expect(asc.rows.at(-1)?.name).toBe("乙单位甲");
    const desc = await listRoster(org, queryFor(tag, { size: "100", dir: "desc" }));
    expect(desc.rows[0]?.name).toBe("乙单位甲");
  });

  it("the unit order's page-by-unit shortcut gives exactly the rows of one ORDER BY over everything, both directions", async () => {
    for (const dir of ["asc", "desc"] as const) {
      const q = queryFor(tag, { size: "20", dir });
      const direct = await prisma.cadre.findMany({
        where: scopedRosterWhere(org, q),
        orderBy: rosterOrderBy(q),
        select: { id: true },
      });
      const p1 = await listRoster(org, q);
      const p2 = await listRoster(org, { ...q, page: 2 });
      expect(p1.total).toBe(26);
      expect([...p1.rows, ...p2.rows].map((r) => r.id)).toEqual(direct.map((d) => d.id));
      expect((await listRoster(org, { ...q, page: 3 })).rows).toEqual([]);
    }
  });

  it("a unit user sees only their unit's 25, even when the filter names the other unit", async () => {
    const mine = await listRoster(unitUser, queryFor(tag, { size: "100" }));
    expect(mine.total).toBe(25);
    expect(mine.rows.every((r) => r.name.startsWith("同日"))).toBe(true);
    const other = await listRoster(unitUser, queryFor(tag, { unitId: unitB.id }));
    expect(other.total).toBe(0);
    expect(other.rows).toEqual([]);
  });

  it("the page shows 身份证号 masked (110105********0021) when the column is chosen, and nothing otherwise", async () => {
    const withCol = await listRoster(org, queryFor(tag, { unitId: unitB.id, cols: "name,idNumber" }));
    expect(withCol.rows[0].idNumber).toBe("110105********0021");
    const without = await listRoster(org, queryFor(tag, { unitId: unitB.id }));
    expect(without.rows[0].idNumber).toBe("");
  });

  it("export: the whole filtered view as .xlsx with the chosen columns, 身份证号 masked by default, audited", async () => {
    const before = await prisma.auditLog.count({ where: { action: "export.roster" } });
    const out = await exportRoster(org, queryFor(tag, { cols: "name,unit,idNumber", size: "20" }));
    expect(out.rows).toBe(26); // all pages, not only the first 20
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("干部名册")!;
    // title, date and filter lines, then the header with an auto-filter (issue 24 item 4)
    expect(ws.getCell("A1").value).toBe("干部名册");
    expect(String(ws.getCell("A2").value)).toMatch(/^导出日期：\d{4}\.\d{2}\.\d{2}　年龄计算至：.+共 26 人$/);
    expect(String(ws.getCell("A3").value)).toMatch(/^筛选条件：熟悉领域：.+；状态：在职$/);
    expect(ws.getRow(4).values).toEqual([undefined, "序号", "姓名", "单位", "身份证号"]);
    expect(ws.autoFilter).toBe("A4:D4");
    expect(ws.rowCount).toBe(30);
    const last = ws.getRow(30).values as unknown[];
    expect(last[2]).toBe("乙单位甲");
    expect(last[4]).toBe("110105********0021"); // full numbers only on purpose: tests/integration/export
    const audit = await prisma.auditLog.findMany({
      where: { action: "export.roster" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(await prisma.auditLog.count({ where: { action: "export.roster" } })).toBe(before + 1);
    expect(audit[0].userId).toBe(org.userId);
    expect(audit[0].diff).toMatchObject({ rows: 26, count: 26, idNumbers: "脱敏" });
  });

  it("export is refused to a unit user and a leader (no export permission)", async () => {
    await expect(exportRoster(unitUser, queryFor(tag))).rejects.toBeInstanceOf(ForbiddenError);
    const leader = actorOf(await createTestUser("LEADER"));
    await expect(exportRoster(leader, queryFor(tag))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
