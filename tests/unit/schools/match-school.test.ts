// Golden test of the 院校代码表 as published: the list sizes (985: 39; 211: 112 universities =
// 115 rows with three split campuses; 双一流 2022: 147) and the name variants a file carries → flags.
import { describe, expect, it } from "vitest";
import { DEFAULT_SCHOOLS, recordFlags, schoolMatcher, type SchoolEntry } from "@/lib/schools/match-school";

const match = schoolMatcher(DEFAULT_SCHOOLS);
const flags = (text: string) => {
  const e = match(text);
  return e ? [e.name, e.is985, e.is211, e.isDoubleFirstClass] : null;
};

describe("the published lists", () => {
  it("985 = 39, 211 = 115 rows (112 + 3 second campuses), 双一流 = 147; 985 ⊂ 211 ⊂ 双一流", () => {
    expect(DEFAULT_SCHOOLS.filter((s) => s.is985)).toHaveLength(39);
    expect(DEFAULT_SCHOOLS.filter((s) => s.is211)).toHaveLength(115);
    expect(DEFAULT_SCHOOLS.filter((s) => s.isDoubleFirstClass)).toHaveLength(147);
    expect(DEFAULT_SCHOOLS.every((s) => (!s.is985 || s.is211) && (!s.is211 || s.isDoubleFirstClass))).toBe(true);
    expect(new Set(DEFAULT_SCHOOLS.map((s) => s.name)).size).toBe(DEFAULT_SCHOOLS.length);
  });
});

describe("name variants → flags", () => {
  it.each([
    ["中国科学技术大学", ["中国科学技术大学", true, true, true]],
    ["中国科大", ["中国科学技术大学", true, true, true]],
    ["中科大少年班学院", ["中国科学技术大学", true, true, true]],
    ["武汉大学", ["武汉大学", true, true, true]],
    ["武大", ["武汉大学", true, true, true]],
    ["武汉大学法学院法学专业", ["武汉大学", true, true, true]],
    ["北京大学医学部", ["北京大学", true, true, true]],
    ["北京医科大学临床医学专业", ["北京大学", true, true, true]],
    ["华中理工大学", ["华中科技大学", true, true, true]],
    ["国防科学技术大学", ["国防科技大学", true, true, true]],
    ["中国石油大学（北京）", ["中国石油大学（北京）", false, true, true]],
    ["中国石油大学(北京)", ["中国石油大学（北京）", false, true, true]],
    ["中国石油大学 （华东）", ["中国石油大学（华东）", false, true, true]],
    ["中国石油大学", ["中国石油大学（华东）", false, true, true]],
    ["中国地质大学（武汉）资源学院", ["中国地质大学（武汉）", false, true, true]],
    ["哈尔滨工业大学（威海）", ["哈尔滨工业大学", true, true, true]],
    ["第二军医大学", ["海军军医大学", false, true, true]],
    ["安徽大学", ["安徽大学", false, true, true]],
    ["上海体育学院", ["上海体育大学", false, false, true]],
    ["南方科技大学", ["南方科技大学", false, false, true]],
    ["浙江大学城市学院", ["浙江大学城市学院", false, false, false]],
    ["浙江大学", ["浙江大学", true, true, true]],
  ])("%s", (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it("unknown schools and abbreviations used as the start of another name have no entry", () => {
    expect(flags("安徽师范大学")).toBeNull();
    expect(flags("中共安徽省委党校")).toBeNull();
    expect(flags("北大荒农垦学校")).toBeNull();
    expect(flags("")).toBeNull();
  });

  it("a record reads its school with the major, then the school alone", () => {
    expect(recordFlags(match, { school: "浙江大学", major: "城市学院计算机" })).toEqual({
      is985: false,
      is211: false,
      isDoubleFirstClass: false,
    });
    expect(recordFlags(match, { school: "武大", major: "法学" }).is985).toBe(true);
  });

  it("an archived row no longer counts; an added alias does", () => {
    const table: SchoolEntry[] = DEFAULT_SCHOOLS.map((s) =>
      s.name === "武汉大学" ? { ...s, archived: true } : s.name === "安徽大学" ? { ...s, aliases: ["安大"] } : s,
    );
    const m = schoolMatcher(table);
    expect(m("武汉大学")).toBeNull();
    expect(m("安大")?.name).toBe("安徽大学");
  });
});
