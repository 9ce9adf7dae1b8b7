import { describe, expect, it } from "vitest";
import { formatAssessments, parseAssessments } from "@/lib/lrmx";
import { parseDegree, parseEducationLevel, schoolAndMajorText, splitSchoolAndMajor } from "@/lib/lrmx/education";
import { parsePoliticalStatus, parseRelation, parseWorkplace } from "@/lib/lrmx/family";
import { parsePartyJoin, partyJoinText } from "@/lib/lrmx/person-fields";

describe("年度考核结果", () => {
  it("reads `2022年称职；2023年优秀；2024年优秀`", () => {
    expect(parseAssessments("2022年称职；2023年优秀；2024年优秀")).toEqual([
      { year: 2022, grade: "COMPETENT" },
      { year: 2023, grade: "EXCELLENT" },
      { year: 2024, grade: "EXCELLENT" },
    ]);
  });
  it("reads a list of years sharing a grade, 基本称职 and 合格", () => {
    expect(parseAssessments("2021、2022年度考核均为称职，2023年度考核基本称职，2024年度合格")).toEqual([
      { year: 2021, grade: "COMPETENT" },
      { year: 2022, grade: "COMPETENT" },
      { year: 2023, grade: "BASICALLY_COMPETENT" },
      { year: 2024, grade: "COMPETENT" },
    ]);
  });
  it("writes ascending years joined by ；", () => {
    expect(
      formatAssessments([
        { year: 2024, grade: "EXCELLENT" },
        { year: 2023, grade: "UNGRADED" },
      ]),
    ).toBe("2023年不定等次；2024年优秀");
  });
});

describe("education cells", () => {
  it.each([
    ["大学", "BACHELOR"],
    ["大学本科", "BACHELOR"],
    ["大学专科", "JUNIOR_COLLEGE"],
    ["大专", "JUNIOR_COLLEGE"],
    ["研究生", "MASTER_STUDY"],
    ["硕士研究生", "MASTER_STUDY"],
    ["博士研究生", "DOCTORATE_STUDY"],
    ["中专", "TECHNICAL_SECONDARY"],
    ["", null],
  ])("学历 %s → %s", (text, level) => expect(parseEducationLevel(text)).toBe(level));

  it.each([
    ["法学学士", "BACHELOR"],
    ["管理学硕士", "MASTER"],
    ["工学博士", "DOCTOR"],
    ["", "NONE"],
  ])("学位 %s → %s", (text, degree) => expect(parseDegree(text)).toBe(degree));

  it("splits 院校系及专业 at the first 大学/学院/党校 and writes it back unchanged", () => {
    expect(splitSchoolAndMajor("安徽大学法学院法学专业")).toEqual({ school: "安徽大学", major: "法学院法学" });
    expect(splitSchoolAndMajor("中共安徽省委党校经济管理专业")).toEqual({
      school: "中共安徽省委党校",
      major: "经济管理",
    });
    expect(splitSchoolAndMajor("合肥学院")).toEqual({ school: "合肥学院", major: null });
    for (const t of ["安徽大学法学院法学专业", "中共安徽省委党校经济管理专业", "合肥学院"]) {
      const s = splitSchoolAndMajor(t);
      expect(schoolAndMajorText(s.school, s.major)).toBe(t);
    }
  });
});

describe("family and party fields", () => {
  it.each([
    ["妻子", "SPOUSE"],
    ["丈夫", "SPOUSE"],
    ["长女", "DAUGHTER"],
    ["儿子", "SON"],
    ["岳母", "MOTHER_IN_LAW"],
    ["公公", "FATHER_IN_LAW"],
    ["哥哥", "SIBLING"],
    ["祖父", "OTHER"],
  ])("称谓 %s → %s", (title, relation) => expect(parseRelation(title)).toBe(relation));

  it("reads 政治面貌 labels, 民主党派 members and 共青团员", () => {
    expect(parsePoliticalStatus("中共党员")).toBe("CPC_MEMBER");
    expect(parsePoliticalStatus("中共预备党员")).toBe("CPC_PROBATIONARY");
    expect(parsePoliticalStatus("九三学社社员")).toBe("DEMOCRATIC_PARTY");
    expect(parsePoliticalStatus("共青团员")).toBe("CYL_MEMBER");
    expect(parsePoliticalStatus("群众")).toBe("MASSES");
    expect(parsePoliticalStatus("")).toBeNull();
  });

  it("已去世 in 工作单位及职务 marks a deceased member", () => {
    expect(parseWorkplace("已去世")).toEqual({ workplaceAndPost: null, deceased: true });
    expect(parseWorkplace("青禾区第一中学教师")).toEqual({ workplaceAndPost: "青禾区第一中学教师", deceased: false });
  });

  it("入党时间 `200105；民盟` is a 民主党派 member; a date alone is 中共; both write back", () => {
    const w: string[] = [];
    const dem = parsePartyJoin("200105；民盟", w);
    expect(dem).toEqual({ partyJoin: "2001-05", democraticParty: "民盟", politicalStatus: "DEMOCRATIC_PARTY" });
    expect(partyJoinText(dem)).toBe("200105；民盟");
    const cpc = parsePartyJoin("2007.05", w);
    expect(cpc).toEqual({ partyJoin: "2007-05", democraticParty: null, politicalStatus: "CPC_MEMBER" });
    expect(partyJoinText(cpc)).toBe("200705");
    expect(w).toEqual([]);
  });
});
