// Imports that tell the whole truth (issue 20, item 7), against PostgreSQL: every problem of a
// row in one pass; warnings beside updated and unchanged files too; the 简历 diff line by line;
// no invented 编制类型 or 民族; a new person with the name and birth month of a cadre here is a
// possible duplicate that the confirm refuses to write without an explicit choice.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { confirmImport } from "@/lib/server/import/confirm";
import { planFormImport } from "@/lib/server/import/form-plan";
import { planRosterImport } from "@/lib/server/import/roster-plan";
import type { Actor } from "@/lib/auth/actor";
import { buildIdNumber } from "../../factories/id-number";
import { person, rosterFile } from "../../support/roster-file";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

const ZHOU = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8");
const FORMS = { action: "cadre.import.lrmx" as const, fileName: "forms" };
const ROSTER = { action: "cadre.import.roster" as const, fileName: "花名册.xlsx" };
let staff: Actor;
let unit: { id: string; name: string };

/** 周明远's fixture as another person: name, 身份证号 and birth month replaced. */
function form(name: string, id: string, birth: string, edit: (t: string) => string = (t) => t) {
  const text = ZHOU.replaceAll("周明远", name)
    .replace("340104198611030352", id)
    .replace("<ChuShengNianYue>1986.11</ChuShengNianYue>", `<ChuShengNianYue>${birth}</ChuShengNianYue>`);
  return { name: `${name}.lrmx`, bytes: new TextEncoder().encode(edit(text)) };
}

async function planForms(files: Array<{ name: string; bytes: Uint8Array }>) {
  const r = await planFormImport(staff, files, { defaultUnitId: unit.id });
  if (!r.ok) throw new Error(r.message);
  return r;
}

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  unit = await createTestUnit();
});

describe("every problem in one pass", () => {
  it("花名册: a wrong 身份证号 check digit and a missing 入党时间 are both reported for the row (2 errors, 1 row)", async () => {
    const row = person(1, unit.name, { 姓名: "冯立新", 入党时间: undefined }, "6502");
    const id = String(row["身份证号"]);
    row["身份证号"] = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    const r = await planRosterImport(staff, await rosterFile([row]), ROSTER.fileName);
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "身份证号"],
      [3, "入党时间"],
    ]);
  });

  it("LRMX: no 民族, no unit and a 性别 contradicting the 身份证号 are three errors of one file", async () => {
    const id = buildIdNumber("340104", new Date(Date.UTC(1990, 2, 4)), 23);
    const file = form("孙一凡", id, "199003", (t) =>
      t
        .replace("<MinZu>汉族</MinZu>", "<MinZu></MinZu>")
        .replace("<XingBie>男</XingBie>", "<XingBie>女</XingBie>")
        .replace("<XianRenZhiWu>青禾区柳溪街道党工委书记</XianRenZhiWu>", "<XianRenZhiWu>外县某局科员</XianRenZhiWu>"),
    );
    const r = await planFormImport(staff, [file]);
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.errors.map((e) => e.column).sort()).toEqual(["单位", "性别", "民族"].sort());
  });
});

describe("warnings, the 简历 diff and values not invented", () => {
  const id = buildIdNumber("340104", new Date(Date.UTC(1987, 3, 9)), 31);
  const file = (edit: (t: string) => string = (t) => t) => form("钱思远", id, "198704", edit);

  it("a new cadre from LRMX: no 编制类型 (待补充) and a warning saying so", async () => {
    const p = await planForms([file()]);
    expect(p.plan.report.creates[0].warnings).toContain("任免审批表不含编制类型：已留空（待补充），请在干部信息中选择");
    await confirmImport(staff, p, p.plan.report.digest, FORMS);
    const c = await prisma.cadre.findUniqueOrThrow({ where: { idNumberHash: hashIdNumber(id) } });
    expect(c.establishmentType).toBeNull();
  });

  it("an unreadable 健康状况 is said for an unchanged file and for an updated one", async () => {
    const bad = (t: string) =>
      t.replace("<JianKangZhuangKuang>健康</JianKangZhuangKuang>", "<JianKangZhuangKuang>很好</JianKangZhuangKuang>");
    const warning = "健康状况“很好”无法识别（应为健康、一般或较差），已留空";
    const same = await planForms([file(bad)]);
    expect(same.plan.report.unchanged).toEqual([{ file: "钱思远.lrmx", name: "钱思远", warnings: [warning] }]);
    const changed = await planForms([file((t) => bad(t).replace("熟悉基层治理和法律事务", "熟悉法律事务"))]);
    expect(changed.plan.report.updates[0].warnings).toEqual([warning]);
  });

  it("the 简历 diff names the changed, added and removed lines", async () => {
    const p = await planForms([
      file((t) =>
        t
          .replace("2013.06至2016.12  青禾区司法局办公室主任", "2013.06至2016.12  青禾区司法局政治部主任")
          .replace("2016.12--2019.04  青禾区委政法委员会副书记\n", ""),
      ),
    ]);
    const changes = p.plan.report.updates[0].changes.filter((c) => c.label.startsWith("简历"));
    expect(changes).toEqual([
      {
        label: "简历（修改）",
        from: "2013.06--2016.12 青禾区司法局办公室主任",
        to: "2013.06--2016.12 青禾区司法局政治部主任",
      },
      { label: "简历（删去）", from: "2016.12--2019.04 青禾区委政法委员会副书记", to: "" },
    ]);
  });

  it("花名册: a new row without 编制类型 is left 待补充; its school's flags come from the 院校代码表", async () => {
    const row = person(2, unit.name, { 姓名: "冯立言", 编制类型: undefined }, "6502");
    const r = await planRosterImport(staff, await rosterFile([row]), ROSTER.fileName);
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.creates[0].warnings).toEqual(["未填编制类型：已留空（待补充），请在干部信息中选择"]);
    await confirmImport(staff, r, r.plan.report.digest, ROSTER);
    const c = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(String(row["身份证号"])) },
      include: { educationRecords: true },
    });
    expect(c.establishmentType).toBeNull();
    // 安徽大学 is a 211 university in the 院校代码表: the roster's education gets its flags too
    expect(c.educationRecords.map((e) => [e.school, e.is985, e.is211, e.isDoubleFirstClass])).toEqual([
      ["安徽大学", false, true, true],
    ]);
    expect(c.hasEliteDegree).toBe(true);
  });
});

describe("possible duplicates: same name and birth month as a cadre without 身份证号", () => {
  it("the confirm refuses without a choice; 'same person' updates that cadre and records the number", async () => {
    const existing = await prisma.cadre.create({
      data: {
        name: "赵明哲",
        gender: "MALE",
        birthDate: new Date("1985-06-01"),
        politicalStatus: "CPC_MEMBER",
        ethnicity: "汉族",
        unitId: unit.id,
      },
    });
    const id = buildIdNumber("340104", new Date(Date.UTC(1985, 5, 20)), 41);
    const p = await planForms([form("赵明哲", id, "198506")]);
    const [create] = p.plan.report.creates;
    expect(create.possibleDuplicates).toMatchObject([
      { cadreId: existing.id, birth: "1985.06", idMasked: "（未登记）" },
    ]);
    const before = await prisma.cadre.count();
    await expect(confirmImport(staff, p, p.plan.report.digest, FORMS)).rejects.toThrow("请逐条选择");
    expect(await prisma.cadre.count()).toBe(before);
    const result = await confirmImport(staff, p, p.plan.report.digest, FORMS, undefined, {
      "file:赵明哲.lrmx": existing.id,
    });
    expect(result).toMatchObject({ created: 0, updated: 1, merged: 1 });
    expect(await prisma.cadre.count()).toBe(before);
    const c = await prisma.cadre.findUniqueOrThrow({ where: { id: existing.id }, include: { approvalForm: true } });
    expect(c.idNumberHash).toBe(hashIdNumber(id));
    expect(c.approvalForm?.proposedPost).toBe("青禾区司法局局长");
  });

  it("花名册: 'new person' creates the row beside the namesake", async () => {
    const row = person(5, unit.name, { 姓名: "冯立行" }, "6502");
    const birth = String(row["出生年月"]).replace(".", "-");
    await prisma.cadre.create({
      data: {
        name: String(row["姓名"]),
        gender: row["性别"] === "女" ? "FEMALE" : "MALE",
        birthDate: new Date(`${birth}-01`),
        politicalStatus: "MASSES",
        ethnicity: "汉族",
        unitId: unit.id,
      },
    });
    const r = await planRosterImport(staff, await rosterFile([row]), ROSTER.fileName);
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.creates[0].possibleDuplicates).toHaveLength(1);
    const result = await confirmImport(staff, r, r.plan.report.digest, ROSTER, undefined, { "row:3": "new" });
    expect(result).toMatchObject({ created: 1, updated: 0 });
    expect(await prisma.cadre.count({ where: { name: String(row["姓名"]) } })).toBe(2);
  });
});
