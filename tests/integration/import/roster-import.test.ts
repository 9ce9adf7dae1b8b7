// 花名册 import against PostgreSQL: a dry run reports every bad row (row, column, value,
// message) and writes nothing; a clean file writes all rows in one transaction; re-importing
// changes nothing and says so; updates carry a field-by-field diff.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { confirmImport } from "@/lib/server/import/confirm";
import { planRosterImport } from "@/lib/server/import/roster-plan";
import { StaleVersionError } from "@/lib/server/concurrency";
import { writeImportPlan } from "@/lib/server/import/write-plan";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";
import { person, rosterFile, type RosterRow } from "../../support/roster-file";

let staff: Actor;
let unitName: string;
let otherUnitName: string;
let rows: RosterRow[];

const META = { action: "cadre.import.roster" as const, fileName: "花名册.xlsx" };

async function plan(actor: Actor, file: Uint8Array) {
  const r = await planRosterImport(actor, file, META.fileName);
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

async function countByIds(list: RosterRow[]) {
  return prisma.cadre.count({ where: { idNumberHash: { in: list.map((r) => hashIdNumber(String(r["身份证号"]))) } } });
}

beforeAll(async () => {
  const [u1, u2] = [await createTestUnit(), await createTestUnit()];
  unitName = u1.name;
  otherUnitName = u2.name;
  staff = actorOf(await createTestUser("ORG_STAFF"));
  rows = Array.from({ length: 53 }, (_, n) => person(n, n % 2 ? unitName : otherUnitName));
});

describe("a file of 50 good rows and 3 bad ones", () => {
  it("reports exactly the 3 bad rows with row number, column and value, and writes nothing (digits: data starts on row 3)", async () => {
    const bad = rows.map((r) => ({ ...r }));
    const wrongCheck = String(bad[4]["身份证号"]);
    bad[4]["身份证号"] = wrongCheck.slice(0, 17) + (wrongCheck[17] === "1" ? "2" : "1"); // row 7
    bad[20]["单位"] = "青禾区不存在局"; // row 23
    bad[41]["出生年月"] = "1988.13"; // row 44
    const auditBefore = await prisma.auditLog.count();
    const p = await plan(staff, await rosterFile(bad));

    expect(p.report.total).toBe(53);
    expect(p.report.errors.map((e) => [e.row, e.column])).toEqual([
      [7, "身份证号"],
      [23, "单位"],
      [44, "出生年月"],
    ]);
    expect(p.report.errors[0].message).toMatch(/^身份证号校验位错误，应为[0-9X]$/);
    expect(p.report.errors[0].value).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/); // masked, never in full
    expect(p.report.errors[1]).toMatchObject({
      value: "青禾区不存在局",
      message: "单位“青禾区不存在局”不存在，请填写系统中的单位全称或简称",
    });
    expect(p.report.errors[2]).toMatchObject({
      value: "1988.13",
      message: "日期“1988.13”不存在（月份应为1–12，日期应在当月内）",
    });
    expect(p.report.creates).toHaveLength(50);

    await expect(confirmImport(staff, { ok: true, plan: p }, p.report.digest, META)).rejects.toThrow(
      "文件中仍有 3 处错误",
    );
    expect(await countByIds(rows)).toBe(0);
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it("after fixing, writes all 53 cadres with their education, and audits the counts", async () => {
    const file = await rosterFile(rows);
    const p = await plan(staff, file);
    expect(p.report.errors).toEqual([]);
    expect(p.report.creates).toHaveLength(53);
    const result = await confirmImport(staff, { ok: true, plan: p }, p.report.digest, META);
    expect(result).toEqual({ created: 53, updated: 0, unchanged: 0 });
    expect(await countByIds(rows)).toBe(53);

    const one = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(String(rows[1]["身份证号"])) },
      include: { educationRecords: true, unit: true },
    });
    expect(one).toMatchObject({
      name: rows[1]["姓名"],
      gender: "MALE",
      politicalStatus: "CPC_MEMBER",
      rank: "STAFF",
      grade: "CLERK_1",
      establishmentType: "CIVIL_SERVANT",
      highestFullTimeLevel: "BACHELOR",
      namePinyinInitials: "csyz",
      familiarDomains: ["党务", "法律"],
    });
    expect(one.unit?.name).toBe(unitName);
    expect(one.birthDate.toISOString().slice(0, 10)).toBe("1986-02-02");
    expect(one.educationRecords).toMatchObject([
      { fullTime: true, level: "BACHELOR", degree: "BACHELOR", school: "安徽大学", major: "法学" },
    ]);

    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "cadre.import.roster" },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ file: "花名册.xlsx", created: 53, updated: 0, unchanged: 0, errors: 0 });
    expect((audit.diff as { createdIds: string[] }).createdIds).toHaveLength(53);
  });

  it("re-importing the same file changes nothing and says so", async () => {
    const p = await plan(staff, await rosterFile(rows));
    expect(p.report.creates).toHaveLength(0);
    expect(p.report.updates).toHaveLength(0);
    expect(p.report.unchanged).toHaveLength(53);
    const versions = await prisma.cadre.findMany({
      where: { unit: { name: { in: [unitName, otherUnitName] } } },
      select: { version: true },
    });
    expect(await confirmImport(staff, { ok: true, plan: p }, p.report.digest, META)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 53,
    });
    const after = await prisma.cadre.findMany({
      where: { unit: { name: { in: [unitName, otherUnitName] } } },
      select: { version: true },
    });
    expect(after.map((c) => c.version)).toEqual(versions.map((c) => c.version));
  });
});

describe("updates", () => {
  it("shows a field-by-field diff and writes only the changed fields; month-precision dates equal to the stored day are no change", async () => {
    const changed = rows.map((r, i) =>
      i === 2
        ? {
            ...r,
            现任职务: "副主任科员",
            单位: unitName,
            职务层次: "副科级",
            任现职务层次时间: "2024.03",
            在职学历: "硕士研究生",
            在职学位: "硕士",
            在职毕业院校系及专业: "中共安徽省委党校",
          }
        : r,
    );
    const p = await plan(staff, await rosterFile(changed));
    expect(p.report.unchanged).toHaveLength(52);
    expect(p.report.updates).toHaveLength(1);
    const u = p.report.updates[0];
    expect(u.row).toBe(5);
    expect(u.changes).toEqual([
      { label: "现任职务", from: `${otherUnitName}科员`, to: "副主任科员" },
      { label: "职务层次", from: "科员", to: "副科级" },
      { label: "任现职务层次时间", from: "2011.08", to: "2024.03" },
      { label: "单位", from: otherUnitName, to: unitName },
      { label: "在职教育", from: "", to: "硕士研究生 硕士，中共安徽省委党校" },
    ]);
    await confirmImport(staff, { ok: true, plan: p }, p.report.digest, META);
    rows[2] = changed[2];
    const c = await prisma.cadre.findUniqueOrThrow({ where: { id: u.cadreId }, include: { educationRecords: true } });
    expect(c).toMatchObject({
      currentPostTitle: "副主任科员",
      rank: "SECTION_DEPUTY",
      version: 2,
      highestFullTimeLevel: "BACHELOR",
    });
    expect(c.educationRecords.filter((e) => !e.fullTime)).toMatchObject([
      { level: "MASTER_STUDY", degree: "MASTER", school: "中共安徽省委党校" },
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "cadre.import.roster" },
      orderBy: { id: "desc" },
    });
    expect((audit.diff as { updates: Record<string, unknown> }).updates[u.cadreId]).toMatchObject({
      currentPostTitle: { from: `${otherUnitName}科员`, to: "副主任科员" },
    });
  });

  it("refuses to write when a record changed after the dry run (stale digest), writing nothing", async () => {
    const changed = rows.map((r, i) =>
      i === 6 ? { ...r, 籍贯: "安徽巢湖" } : i === 7 ? { ...r, 籍贯: "安徽庐江" } : r,
    );
    const file = await rosterFile(changed);
    const p = await plan(staff, file);
    expect(p.report.updates).toHaveLength(2);
    await prisma.cadre.update({
      where: { id: p.report.updates[1].cadreId },
      data: { expertise: "他人刚改过", version: { increment: 1 } },
    });
    const again = await planRosterImport(staff, file, META.fileName);
    await expect(confirmImport(staff, again, p.report.digest, META)).rejects.toThrow("请重新预检");
    const first = await prisma.cadre.findUniqueOrThrow({ where: { id: p.report.updates[0].cadreId } });
    expect(first.nativePlace).toBe("安徽合肥");
  });

  it("the write itself refuses a record whose version moved, rolling back the whole import", async () => {
    const changed = rows.map((r, i) => (i === 8 || i === 9 ? { ...r, 健康状况: "一般" } : r));
    const p = await plan(staff, await rosterFile(changed));
    expect(p.report.updates.map((u) => u.row)).toEqual([11, 12]);
    await prisma.cadre.update({ where: { id: p.report.updates[1].cadreId }, data: { version: { increment: 1 } } });
    await expect(writeImportPlan(staff, p, META)).rejects.toBeInstanceOf(StaleVersionError);
    const first = await prisma.cadre.findUniqueOrThrow({ where: { id: p.report.updates[0].cadreId } });
    expect(first.health).toBe("HEALTHY");
  });

  it("reports duplicates inside the file, a mismatching gender and birth month, and Excel's numeric 身份证号", async () => {
    const extra = [
      person(100, unitName),
      { ...person(100, unitName), 姓名: "测试重复" },
      person(101, unitName, { 性别: "女", 出生年月: "1970.01" }),
      person(102, unitName, { 身份证号: 340104198611030000 }),
      person(103, unitName, { 民族: "火星族", 政治面貌: "党外人士", 职务层次: "处长", 全日制学历: "留学" }),
    ];
    const p = await plan(staff, await rosterFile(extra));
    expect(p.report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, "身份证号", "与第 3 行的身份证号重复"],
      [5, "性别", "性别与身份证号不一致（身份证号为男）"],
      [5, "出生年月", "出生年月与身份证号不一致（身份证号为1986.06，填写为1970.01）"],
      [6, "身份证号", "身份证号被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写"],
      [7, "民族", "“火星族”不是可用的民族（可填：56个民族的名称，如汉族、回族）"],
      [7, "政治面貌", "“党外人士”不是可用的政治面貌（可填：中共党员、中共预备党员、民主党派名称、无党派人士、群众）"],
      [7, "职务层次", "“处长”不是可用的职务层次（可填：正处级、副处级、正科级、副科级、科员）"],
      [7, "全日制学历", "全日制学历“留学”无法识别（如：大学本科、硕士研究生、大学专科）"],
    ]);
  });

  it("reads other departments' header variants in any column order", async () => {
    const headers = [
      "序号",
      "所在单位",
      "干部姓名",
      "公民身份号码",
      "民族",
      "政治面貌",
      "出生日期",
      "职称",
      "家庭住址",
    ];
    const r = {
      ...person(110, unitName),
      所在单位: unitName,
      干部姓名: "测试变体",
      公民身份号码: person(110, unitName)["身份证号"],
      出生日期: person(110, unitName)["出生年月"],
      序号: 1,
      职称: "助理工程师",
      家庭住址: "某路1号",
      政治面貌: "群众",
    };
    const p = await plan(staff, await rosterFile([r], headers));
    expect(p.report.errors).toEqual([]);
    expect(p.report.creates).toMatchObject([{ name: "测试变体", unitName }]);
    expect(p.report.notices).toEqual(["以下列未识别，已忽略：家庭住址"]);
  });

  it("rejects a sheet without the required columns, an .xls file and a non-Excel file with a message", async () => {
    const missing = await planRosterImport(staff, await rosterFile([], ["姓名", "性别", "民族", "政治面貌"]), "x.xlsx");
    expect(missing).toEqual({ ok: false, message: "工作表“花名册”缺少必填列：身份证号、单位" });
    const xls = await planRosterImport(staff, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "x.xls");
    expect(xls).toEqual({ ok: false, message: "这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入" });
    const txt = await planRosterImport(staff, new TextEncoder().encode("姓名,身份证号"), "x.csv");
    expect(txt).toEqual({ ok: false, message: "不是 Excel（.xlsx）文件，请使用导入模板填写" });
  });
});
