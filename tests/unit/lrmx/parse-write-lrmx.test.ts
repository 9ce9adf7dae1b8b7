import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLrm, parseLrmx, writeLrmx, type LrmxDraft } from "@/lib/lrmx";

const fixture = (name: string) => readFileSync(path.resolve(__dirname, "../../fixtures/lrmx", name));

function parsed(input: Uint8Array | string): LrmxDraft {
  const r = parseLrmx(input);
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

describe("parseLrmx: the hand-written fixture 周明远 (family of four, two degrees, eight 简历 lines)", () => {
  const r = parseLrmx(fixture("zhou-mingyuan.lrmx"));
  if (!r.ok) throw new Error(r.message);
  const d = r.draft;

  it("reads the person fields into the right places, dates at month precision", () => {
    expect(r.warnings).toEqual([]);
    expect(d).toMatchObject({
      name: "周明远",
      gender: "MALE",
      birth: "1986-11",
      ethnicity: "汉族",
      nativePlace: "安徽肥西",
      birthplace: "安徽合肥",
      partyJoin: "2007-05",
      politicalStatus: "CPC_MEMBER",
      democraticParty: null,
      workStart: "2008-07",
      health: "HEALTHY",
      professionalTitle: null,
      expertise: "熟悉基层治理和法律事务",
      currentPost: "青禾区柳溪街道党工委书记",
      proposedPost: "青禾区司法局局长",
      proposedRemoval: "青禾区柳溪街道党工委书记",
      rewardsAndPunishments: "2020年被评为全区优秀共产党员",
      appointmentReason: "工作需要",
      reportingUnit: "中共青禾区委组织部",
      ageReferenceDate: "2026-06-30",
      filledOn: "2026-06-15",
      filledBy: "王敏",
      idNumber: "340104198611030352",
      version: "3.2.1.16",
    });
    expect(d.photo).toEqual({ mime: "image/jpeg", base64: fixture("photo.jpg").toString("base64") });
  });

  it("reads both degrees with their disciplines: 全日制 大学/法学学士 and 在职 研究生/管理学硕士", () => {
    expect(d.fullTimeEducation).toEqual({
      levelText: "大学",
      level: "BACHELOR",
      degreeText: "法学学士",
      degree: "BACHELOR",
      degreeDiscipline: "法学",
      school: "安徽大学",
      major: "法学院法学",
    });
    expect(d.partTimeEducation).toEqual({
      levelText: "研究生",
      level: "MASTER_STUDY",
      degreeText: "管理学硕士",
      degree: "MASTER",
      degreeDiscipline: "管理学",
      school: "中共安徽省委党校",
      major: "经济管理",
    });
  });

  it("splits the 简历 into eight entries with their separators, the 其间 sub-entry and the open end", () => {
    expect(d.resume).toHaveLength(8);
    expect(d.resume[0]).toEqual({ start: "2004-09", end: "2008-07", text: "安徽大学法学院法学专业学习", notes: [] });
    expect(d.resume[2]).toEqual({
      start: "2010-03",
      end: "2013-06",
      text: "青禾区司法局办公室副主任",
      notes: ["2011.09--2013.12在中共安徽省委党校经济管理专业在职研究生学习"],
    });
    expect(d.resume[3].start).toBe("2013-06");
    expect(d.resume[7]).toEqual({ start: "2023-02", end: null, text: "青禾区柳溪街道党工委书记", notes: [] });
  });

  it("reads the family of four, the deceased mother included", () => {
    expect(
      d.family.map((m) => [m.title, m.relation, m.name, m.birth, m.politicalStatus, m.workplaceAndPost, m.deceased]),
    ).toEqual([
      ["妻子", "SPOUSE", "林晓雯", "1987-02", "CPC_MEMBER", "青禾区第一中学教师", false],
      ["儿子", "SON", "周子航", "2014-03", "MASSES", "青禾区实验小学学生", false],
      ["父亲", "FATHER", "周国强", "1958-06", "CPC_MEMBER", "肥西县农业农村局退休干部", false],
      ["母亲", "MOTHER", "吴秀兰", "1960-01", "MASSES", null, true],
    ]);
  });

  it("reads the assessments 2022 称职, 2023 优秀, 2024 优秀", () => {
    expect(d.assessments).toEqual([
      { year: 2022, grade: "COMPETENT" },
      { year: 2023, grade: "EXCELLENT" },
      { year: 2024, grade: "EXCELLENT" },
    ]);
  });
});

describe("writeLrmx", () => {
  const d = parsed(fixture("zhou-mingyuan.lrmx"));
  const xml = writeLrmx(d);

  it("writes YYYYMM dates, labels and the 计算年龄时间 as YYYYMMDD", () => {
    expect(xml).toContain("<ChuShengNianYue>198611</ChuShengNianYue>");
    expect(xml).toContain("<RuDangShiJian>200705</RuDangShiJian>");
    expect(xml).toContain("<XingBie>男</XingBie>");
    expect(xml).toContain("<QuanRiZhiJiaoYu_XueLi>大学本科</QuanRiZhiJiaoYu_XueLi>");
    expect(xml).toContain(
      "<QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>安徽大学法学院法学专业</QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>",
    );
    expect(xml).toContain("<JiSuanNianLingShiJian>20260630</JiSuanNianLingShiJian>");
    expect(xml).toContain("<GongZuoDanWeiJiZhiWu>已去世</GongZuoDanWeiJiZhiWu>");
    expect(xml).toContain("2023.02--           青禾区柳溪街道党工委书记".replace("           ", "         "));
  });

  it("round-trips: parsing what it wrote gives the same record, and writing again the same bytes", () => {
    const again = parsed(xml);
    const semantic = (x: LrmxDraft) => ({
      ...x,
      version: null,
      fullTimeEducation: x.fullTimeEducation && { ...x.fullTimeEducation, levelText: "", degreeText: "" },
      partTimeEducation: x.partTimeEducation && { ...x.partTimeEducation, levelText: "", degreeText: "" },
    });
    expect(semantic(again)).toEqual(semantic(d));
    expect(writeLrmx(again)).toBe(xml);
  });

  it("escapes markup in values and keeps multi-line values on separate lines", () => {
    const odd = { ...d, rewardsAndPunishments: "A&B <script>\n第二行", name: "周\u0001明远" };
    const back = parsed(writeLrmx(odd));
    expect(back.rewardsAndPunishments).toBe("A&B <script>\r\n第二行");
    expect(back.name).toBe("周明远");
  });
});

describe("untrusted files", () => {
  it("rejects an external entity without reading it", () => {
    const r = parseLrmx(fixture("xxe-external-entity.lrmx"));
    expect(r).toEqual({ ok: false, message: "文件包含 DTD 或实体声明（<!DOCTYPE、<!ENTITY），出于安全原因拒绝读取" });
  });

  it("rejects a billion-laughs DTD the same way", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Person><XingMing>&lol2;</XingMing></Person>`;
    expect(parseLrmx(bomb).ok).toBe(false);
  });

  it("reports a malformed file with the line", () => {
    const r = parseLrmx(fixture("malformed.lrmx"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^文件已损坏或不是有效的 XML（第 \d+ 行附近），无法读取$/);
  });

  it("reports a file of another kind, an empty file and a file over 5 MB", () => {
    expect(parseLrmx("<Workbook><Sheet/></Workbook>")).toEqual({
      ok: false,
      message: "不是任免审批表文件：根元素应为 Person，实际为 Workbook",
    });
    expect(parseLrmx(new Uint8Array())).toEqual({ ok: false, message: "文件是空的" });
    const big = parseLrmx(new Uint8Array(5 * 1024 * 1024 + 1));
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.message).toContain("不能超过 5 MB");
  });

  it("reports a known field with nested elements as unknown structure", () => {
    const r = parseLrmx("<Person><XingMing>张三</XingMing><JianLi><Line>x</Line></JianLi></Person>");
    expect(r).toEqual({ ok: false, message: "文件结构不正确：字段 JianLi 应为文本" });
  });

  it("warns about values it cannot read instead of guessing", () => {
    const r = parseLrmx(
      "<Person><XingMing>张三</XingMing><XingBie>未知</XingBie><ChuShengNianYue>1988.13</ChuShengNianYue><ZhaoPian>not*base64</ZhaoPian></Person>",
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.draft.gender).toBeNull();
      expect(r.draft.birth).toBeNull();
      expect(r.draft.photo).toBeNull();
      expect(r.warnings).toEqual([
        "性别“未知”无法识别，已留空",
        "出生年月“1988.13”无法识别，已留空",
        "照片数据不是有效的 Base64 编码，已忽略",
      ]);
    }
  });

  it("reads a GB2312 file that declares its encoding", () => {
    // 张三 in GB2312 is D5 C5 C8 FD.
    const head = Buffer.from('<?xml version="1.0" encoding="GB2312"?><Person><XingMing>', "latin1");
    const tail = Buffer.from("</XingMing></Person>", "latin1");
    const r = parseLrmx(Buffer.concat([head, Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), tail]));
    expect(r.ok && r.draft.name).toBe("张三");
  });
});

describe("parseLrm (2.0, GB2312 CSV with a .pic photo)", () => {
  const r = parseLrm(fixture("chen-siyu.lrm"), fixture("chen-siyu.pic"));
  if (!r.ok) throw new Error(r.message);
  const d = r.draft;

  it("reads the positional fields", () => {
    expect(d).toMatchObject({
      name: "陈思雨",
      gender: "FEMALE",
      birth: "1990-08",
      ethnicity: "回族",
      nativePlace: "安徽寿县",
      birthplace: "安徽淮南",
      partyJoin: "2012-06",
      politicalStatus: "CPC_MEMBER",
      workStart: "2013-07",
      health: "HEALTHY",
      expertise: "熟悉社会治理",
      currentPost: "青禾区民政局社会事务科科长",
      reportingUnit: "中共青禾区委组织部",
      ageReferenceDate: "2026-06-30",
      idNumber: null,
    });
    expect(d.photo?.mime).toBe("image/jpeg");
  });

  it("splits education by @ and #, family by @, and the 简历 into lines", () => {
    expect(d.fullTimeEducation).toMatchObject({
      level: "BACHELOR",
      degree: "BACHELOR",
      school: "南京大学",
      major: "社会学院社会学",
    });
    expect(d.partTimeEducation).toMatchObject({
      level: "MASTER_STUDY",
      degree: "MASTER",
      school: "安徽大学",
      major: "公共管理",
    });
    expect(d.family.map((m) => [m.relation, m.name, m.birth])).toEqual([
      ["SPOUSE", "赵一鸣", "1989-05"],
      ["DAUGHTER", "赵小满", "2018-06"],
    ]);
    expect(d.resume.map((l) => [l.start, l.end])).toEqual([
      ["2009-09", "2013-07"],
      ["2013-07", "2018-05"],
      ["2018-05", null],
    ]);
    expect(d.assessments).toEqual([
      { year: 2023, grade: "EXCELLENT" },
      { year: 2024, grade: "COMPETENT" },
    ]);
  });

  it("says that it cannot be matched without a 身份证号", () => {
    expect(r.warnings).toContain("LRM 文件不含身份证号，只能新建干部，不能与已有干部匹配");
  });
});
