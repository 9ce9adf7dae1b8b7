// 任免审批表 (LRMX/LRM) import and export against PostgreSQL: the hand-written fixture lands in
// the right fields; a hostile or broken file is reported without stopping the others; files
// match existing cadres by 身份证号 only; export → import round-trips with no change.
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { confirmImport } from "@/lib/server/import/confirm";
import { planFormImport } from "@/lib/server/import/form-plan";
import { exportLrmx } from "@/lib/server/export/lrmx-export";
import type { Actor } from "@/lib/auth/actor";
import type { UploadedFile } from "@/lib/import/form-files";
import { createFullCadre } from "../../factories";
import { createSessionActor, markSteppedUp } from "../../support/step-up";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

const fixture = (name: string): UploadedFile => ({
  name,
  bytes: readFileSync(path.resolve(__dirname, "../../fixtures/lrmx", name)),
});
const META = { action: "cadre.import.lrmx" as const, fileName: "forms" };
const ZHOU_ID = "340104198611030352";

let staff: Actor;
let streetId: string;

async function plan(actor: Actor, files: UploadedFile[], defaultUnitId?: string) {
  const r = await planFormImport(actor, files, { defaultUnitId });
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

async function run(actor: Actor, files: UploadedFile[], defaultUnitId?: string) {
  const p = await plan(actor, files, defaultUnitId);
  return { report: p.report, result: await confirmImport(actor, { ok: true, plan: p }, p.report.digest, META) };
}

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  // 周明远's 现任职务 starts with this unit's name, so the import finds his unit by itself.
  const street = await prisma.unit.create({
    data: { code: `LX-${Date.now()}`, name: "青禾区柳溪街道", type: "STREET" },
  });
  streetId = street.id;
});

describe("the fixture 周明远 (family of four, two degrees, eight 简历 lines)", () => {
  it("with a hostile and a broken file beside it: those two are reported, the good one is planned", async () => {
    const p = await plan(staff, [
      fixture("xxe-external-entity.lrmx"),
      fixture("malformed.lrmx"),
      fixture("zhou-mingyuan.lrmx"),
    ]);
    expect(p.report.total).toBe(3);
    expect(p.report.errors.map((e) => [e.file, e.message])).toEqual([
      ["xxe-external-entity.lrmx", "文件包含 DTD 或实体声明（<!DOCTYPE、<!ENTITY），出于安全原因拒绝读取"],
      ["malformed.lrmx", expect.stringMatching(/^文件已损坏或不是有效的 XML（第 \d+ 行附近），无法读取$/)],
    ]);
    expect(p.report.creates).toMatchObject([
      { file: "zhou-mingyuan.lrmx", name: "周明远", unitName: "青禾区柳溪街道", idMasked: "340104********0352" },
    ]);
    expect(JSON.stringify(p.report)).not.toContain("root:");
  });

  it("imports into the right fields", async () => {
    const { result } = await run(staff, [fixture("zhou-mingyuan.lrmx")]);
    expect(result).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0 });
    const c = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(ZHOU_ID) },
      include: {
        educationRecords: { orderBy: { fullTime: "desc" } },
        familyMembers: { orderBy: { sortOrder: "asc" } },
        assessments: { orderBy: { year: "asc" } },
      },
    });
    expect(c).toMatchObject({
      name: "周明远",
      namePinyinInitials: "zmy",
      gender: "MALE",
      ethnicity: "汉族",
      nativePlace: "安徽肥西",
      birthplace: "安徽合肥",
      politicalStatus: "CPC_MEMBER",
      health: "HEALTHY",
      expertise: "熟悉基层治理和法律事务",
      currentPostTitle: "青禾区柳溪街道党工委书记",
      unitId: streetId,
      rewardsAndPunishments: "2020年被评为全区优秀共产党员",
      highestFullTimeLevel: "BACHELOR",
      photoMime: "image/jpeg",
    });
    expect(c.birthDate.toISOString().slice(0, 10)).toBe("1986-11-03"); // the day from the 身份证号
    expect(c.partyJoinDate?.toISOString().slice(0, 10)).toBe("2007-05-01");
    expect(c.workStartDate?.toISOString().slice(0, 10)).toBe("2008-07-01");
    expect(Buffer.from(c.photo!).equals(readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/photo.jpg")))).toBe(
      true,
    );
    expect(c.educationRecords.map((e) => [e.fullTime, e.level, e.degree, e.school, e.major])).toEqual([
      [true, "BACHELOR", "BACHELOR", "安徽大学", "法学院法学"],
      [false, "MASTER_STUDY", "MASTER", "中共安徽省委党校", "经济管理"],
    ]);
    expect(
      c.familyMembers.map((m) => [
        m.relation,
        m.name,
        m.birthDate?.toISOString().slice(0, 7),
        m.politicalStatus,
        m.workplaceAndPost,
        m.deceased,
      ]),
    ).toEqual([
      ["SPOUSE", "林晓雯", "1987-02", "CPC_MEMBER", "青禾区第一中学教师", false],
      ["SON", "周子航", "2014-03", "MASSES", "青禾区实验小学学生", false],
      ["FATHER", "周国强", "1958-06", "CPC_MEMBER", "肥西县农业农村局退休干部", false],
      ["MOTHER", "吴秀兰", "1960-01", "MASSES", null, true],
    ]);
    expect(c.assessments.map((a) => [a.year, a.grade])).toEqual([
      [2022, "COMPETENT"],
      [2023, "EXCELLENT"],
      [2024, "EXCELLENT"],
    ]);
    const lines = c.resumeLines as Array<{ start: string; end: string | null; text: string; notes: string[] }>;
    expect(lines).toHaveLength(8);
    expect(lines[2]).toEqual({
      start: "2010-03",
      end: "2013-06",
      text: "青禾区司法局办公室副主任",
      notes: ["2011.09--2013.12在中共安徽省委党校经济管理专业在职研究生学习"],
    });
    expect(lines[7]).toEqual({ start: "2023-02", end: null, text: "青禾区柳溪街道党工委书记", notes: [] });
  });

  it("re-importing the same file changes nothing and says so", async () => {
    const { report, result } = await run(staff, [fixture("zhou-mingyuan.lrmx")]);
    expect(report.unchanged).toEqual([{ file: "zhou-mingyuan.lrmx", name: "周明远" }]);
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
  });

  it("a changed form updates the same cadre (matched by 身份证号, not by name) with a diff", async () => {
    const text = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8")
      .replace("<XingMing>周明远</XingMing>", "<XingMing>周明源</XingMing>")
      .replace("2022年称职；2023年优秀；2024年优秀", "2023年优秀；2024年优秀；2025年优秀")
      .replace(
        "<GongZuoDanWeiJiZhiWu>青禾区第一中学教师</GongZuoDanWeiJiZhiWu>",
        "<GongZuoDanWeiJiZhiWu>青禾区第一中学副校长</GongZuoDanWeiJiZhiWu>",
      );
    const { report } = await run(staff, [{ name: "改.lrmx", bytes: new TextEncoder().encode(text) }]);
    expect(report.updates).toHaveLength(1);
    expect(report.updates[0].changes).toEqual([
      { label: "姓名", from: "周明远", to: "周明源" },
      {
        label: "家庭成员（妻子林晓雯）",
        from: "1987.02 中共党员 青禾区第一中学教师",
        to: "1987.02 中共党员 青禾区第一中学副校长",
      },
      { label: "2025年度考核", from: "", to: "优秀" },
    ]);
    const c = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(ZHOU_ID) },
      include: { assessments: true, familyMembers: true },
    });
    expect(c.name).toBe("周明源");
    expect(c.assessments).toHaveLength(4); // 2022 kept: imports never remove
    expect(c.familyMembers.find((m) => m.name === "林晓雯")?.workplaceAndPost).toBe("青禾区第一中学副校长");
  });
});

describe("a record edited between the dry run and the confirm", () => {
  it("a family member corrected in the editor after the dry run: confirming writes nothing and says to check again", async () => {
    // the file of the previous test, with 林晓雯's post changed once more
    const text = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8")
      .replace("<XingMing>周明远</XingMing>", "<XingMing>周明源</XingMing>")
      .replace("2022年称职；2023年优秀；2024年优秀", "2023年优秀；2024年优秀；2025年优秀")
      .replace(
        "<GongZuoDanWeiJiZhiWu>青禾区第一中学教师</GongZuoDanWeiJiZhiWu>",
        "<GongZuoDanWeiJiZhiWu>青禾区第一中学校长</GongZuoDanWeiJiZhiWu>",
      );
    const p = await plan(staff, [{ name: "再改.lrmx", bytes: new TextEncoder().encode(text) }]);
    expect(p.report.updates[0].changes.map((c) => c.label)).toEqual(["家庭成员（妻子林晓雯）"]);
    const cadre = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(ZHOU_ID) },
      include: { familyMembers: true },
    });
    const wife = cadre.familyMembers.find((m) => m.name === "林晓雯")!;
    // what the record editor does: the member's own version, not the cadre's
    await prisma.familyMember.update({
      where: { id: wife.id },
      data: { workplaceAndPost: "青禾区教育局", version: { increment: 1 } },
    });
    await expect(confirmImport(staff, { ok: true, plan: p }, p.report.digest, META)).rejects.toThrow(
      "在预检之后被他人修改，本次导入未写入任何数据",
    );
    const after = await prisma.familyMember.findUniqueOrThrow({ where: { id: wife.id } });
    expect(after.workplaceAndPost).toBe("青禾区教育局");
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } })).version).toBe(cadre.version);
  });

  it("a year's assessment recorded in the editor after the dry run that would add it: the confirm is a conflict, not a 身份证号 message", async () => {
    const text = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8")
      .replace("<XingMing>周明远</XingMing>", "<XingMing>周明源</XingMing>")
      .replace("2022年称职；2023年优秀；2024年优秀", "2023年优秀；2024年优秀；2025年优秀；2026年优秀")
      .replace(
        "<GongZuoDanWeiJiZhiWu>青禾区第一中学教师</GongZuoDanWeiJiZhiWu>",
        "<GongZuoDanWeiJiZhiWu>青禾区教育局</GongZuoDanWeiJiZhiWu>",
      );
    const p = await plan(staff, [{ name: "加年度.lrmx", bytes: new TextEncoder().encode(text) }]);
    expect(p.report.updates[0].changes.map((c) => c.label)).toContain("2026年度考核");
    const cadre = await prisma.cadre.findUniqueOrThrow({ where: { idNumberHash: hashIdNumber(ZHOU_ID) } });
    await prisma.assessment.create({ data: { cadreId: cadre.id, year: 2026, grade: "COMPETENT" } });
    await expect(confirmImport(staff, { ok: true, plan: p }, p.report.digest, META)).rejects.toThrow(
      "在预检之后被他人修改，本次导入未写入任何数据",
    );
    expect(
      (await prisma.assessment.findUniqueOrThrow({ where: { cadreId_year: { cadreId: cadre.id, year: 2026 } } })).grade,
    ).toBe("COMPETENT");
  });
});

describe("archives, LRM and unknown units", () => {
  it("reads a .zip of forms (one of them broken) and an LRM file with its photo; a new cadre without a known unit needs one chosen", async () => {
    const zip = new JSZip();
    zip.file("表/坏文件.lrmx", readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/malformed.lrmx")));
    zip.file("表/chen-siyu.lrm", readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/chen-siyu.lrm")));
    zip.file("表/chen-siyu.pic", readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/chen-siyu.pic")));
    zip.file("说明.docx", "not a form");
    const upload = { name: "一批.zip", bytes: await zip.generateAsync({ type: "uint8array" }) };
    const without = await plan(staff, [upload]);
    expect(without.report.errors.map((e) => [e.file, e.column])).toEqual([
      ["表/坏文件.lrmx", "文件"],
      ["表/chen-siyu.lrm", "单位"],
    ]);
    expect(without.report.notices).toEqual(["已忽略不是任免审批表的文件：说明.docx"]);

    const unit = await createTestUnit();
    const { report, result } = await run(staff, [upload], unit.id);
    expect(result).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(report.creates[0]).toMatchObject({ name: "陈思雨", unitName: unit.name, idMasked: "" });
    expect(report.creates[0].warnings).toContain(
      "文件中没有身份证号：无法按身份证号匹配，同名、同出生年月的干部将列出由您确认，不会自动合并",
    );
    const c = await prisma.cadre.findFirstOrThrow({
      where: { name: "陈思雨", unitId: unit.id },
      include: { familyMembers: true },
    });
    expect(c).toMatchObject({ gender: "FEMALE", ethnicity: "回族", idNumberHash: null, photoMime: "image/jpeg" });
    expect(c.familyMembers.map((m) => m.name).sort()).toEqual(["赵一鸣", "赵小满"]);
  });
});

// Re-import matches by 身份证号, so these exports ask for full numbers (a purpose, a step-up);
// the default masked export cannot be matched and is reported as an error instead.
const FULL = { mode: "full" as const, purpose: "导出再导入核对" };

describe("export → import round trip", () => {
  it("a full cadre exported to LRMX and imported again changes nothing", async () => {
    const { actor: stepped } = await createSessionActor("ORG_STAFF");
    await markSteppedUp(stepped);
    const cadre = await createFullCadre(prisma, {}, { idNumber: true });
    const file = await exportLrmx(stepped, [cadre.id], new Date(Date.UTC(2026, 5, 30)), FULL);
    expect(file.fileName).toBe(`${cadre.name}.lrmx`);
    const xml = new TextDecoder().decode(file.body);
    expect(xml).toContain("<JiSuanNianLingShiJian>20260630</JiSuanNianLingShiJian>");
    expect(xml).toContain(
      "<ChuShengNianYue>" + cadre.birthDate.toISOString().slice(0, 7).replace("-", "") + "</ChuShengNianYue>",
    );
    const p = await plan(staff, [{ name: file.fileName, bytes: file.body }]);
    expect(p.report.errors).toEqual([]);
    expect(p.report.updates).toEqual([]);
    expect(p.report.unchanged).toEqual([{ file: file.fileName, name: cadre.name }]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "export.lrmx.fullIdNumbers", objectId: cadre.id },
    });
    expect(audit.diff).toMatchObject({ count: 1, asOf: "2026-06-30", purpose: FULL.purpose });
    const masked = await exportLrmx(staff, [cadre.id], new Date(Date.UTC(2026, 5, 30)));
    const again = await plan(staff, [{ name: masked.fileName, bytes: masked.body }]);
    expect(again.report.errors.map((e) => e.column)).toEqual(["身份证号"]);
    expect(again.report.creates).toEqual([]);
  });

  it("an imported form exported and imported over an edited record gives back the same record", async () => {
    const zhou = await prisma.cadre.findUniqueOrThrow({ where: { idNumberHash: hashIdNumber(ZHOU_ID) } });
    const { actor: stepped } = await createSessionActor("ORG_STAFF");
    await markSteppedUp(stepped);
    const exported = await exportLrmx(stepped, [zhou.id], new Date(Date.UTC(2026, 5, 30)), FULL);
    const snapshot = async () => {
      const c = await prisma.cadre.findUniqueOrThrow({
        where: { id: zhou.id },
        include: {
          educationRecords: { orderBy: { id: "asc" } },
          familyMembers: { orderBy: { id: "asc" } },
          assessments: { orderBy: { year: "asc" } },
        },
      });
      // Bookkeeping columns aside (version, updatedAt, the derived pinyin), every value must come back.
      const skip = new Set(["version", "updatedAt", "namePinyin", "namePinyinInitials"]);
      return JSON.parse(JSON.stringify(c, (k, v) => (skip.has(k) ? undefined : v)));
    };
    const before = await snapshot();
    await prisma.cadre.update({
      where: { id: zhou.id },
      data: { currentPostTitle: "临时改动", expertise: "临时改动", version: { increment: 1 } },
    });
    const { report } = await run(staff, [{ name: exported.fileName, bytes: exported.body }]);
    expect(report.updates[0].changes.map((c) => c.label)).toEqual(["现任职务", "熟悉专业有何专长"]);
    expect(await snapshot()).toEqual(before);
  });

  it("the export of several cadres is a zip of one file each", async () => {
    const a = await createFullCadre(prisma);
    const b = await createFullCadre(prisma);
    const file = await exportLrmx(staff, [a.id, b.id], new Date(Date.UTC(2026, 5, 30)));
    expect(file.fileName).toBe("任免审批表（2人）.zip");
    const zip = await JSZip.loadAsync(file.body);
    expect(Object.keys(zip.files).sort()).toEqual(
      [`${a.name}.lrmx`, `${b.name}${a.name === b.name ? "（2）" : ""}.lrmx`].sort(),
    );
  });
});

describe("unit party committee", () => {
  it("new cadres go to its own unit whatever unit is asked for, and it cannot export", async () => {
    const own = await createTestUnit();
    const other = await createTestUnit();
    const user = actorOf(await createTestUser("UNIT", { unitId: own.id }));
    const text = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8")
      .replace("340104198611030352", "340104198702150448")
      .replace("<XingBie>男</XingBie>", "<XingBie>女</XingBie>")
      .replace("<ChuShengNianYue>1986.11</ChuShengNianYue>", "<ChuShengNianYue>198702</ChuShengNianYue>")
      .replace("青禾区柳溪街道党工委书记", "科员")
      .replace("青禾区柳溪街道党工委书记", "科员");
    const p = await plan(user, [{ name: "本单位.lrmx", bytes: new TextEncoder().encode(text) }], other.id);
    expect(p.report.creates).toMatchObject([{ unitName: own.name }]);
    const zhou = await prisma.cadre.findUniqueOrThrow({ where: { idNumberHash: hashIdNumber(ZHOU_ID) } });
    await expect(exportLrmx(user, [zhou.id], new Date())).rejects.toThrow("您没有执行此操作的权限");
    const again = await plan(user, [fixture("zhou-mingyuan.lrmx")]);
    expect(again.report.errors.map((e) => e.message)).toEqual(["该身份证号已登记在本单位以外的干部名下，请联系组织部"]);
  });
});
