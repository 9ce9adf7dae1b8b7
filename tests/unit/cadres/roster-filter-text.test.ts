import { describe, expect, it } from "vitest";
import { rosterFilterText } from "@/lib/cadres/roster-filter-text";
import { parseRosterQuery } from "@/lib/validation/roster-query";

const q = (params: Record<string, string>) => parseRosterQuery(params).query;

describe("the roster's filters in Chinese, for the 花名册's header line", () => {
  it("no filter → 状态：在职 (what the roster shows by default)", () => {
    expect(rosterFilterText(q({}))).toBe("状态：在职");
  });
  it("every kind of filter, in the filter bar's order, with the unit's name and labels", () => {
    const text = rosterFilterText(
      q({
        q: "张",
        unitId: "u1",
        unitType: "STREET,SOE",
        rank: "SECTION_DEPUTY",
        ageMin: "30",
        ageMax: "35",
        gender: "FEMALE",
        ethnicity: "少数民族",
        political: "NON_PARTY",
        eduMin: "BACHELOR",
        elite: "1",
        domain: "党务",
        pool: "DIVISION_DEPUTY",
        status: "ALL",
      }),
      "青禾街道",
    );
    expect(text).toBe(
      "姓名或拼音：含“张”；单位：青禾街道；单位类别：街道、国有企业；职务层次：副科级；年龄：30至35周岁；性别：女；民族：少数民族；" +
        "政治面貌：无党派人士；全日制学历：大学本科及以上；985/211/双一流：是；熟悉领域：党务；在库：在库（副处级年轻干部）；状态：全部",
    );
  });
  it("one-sided ages, 不在库, and ticked rows counted (not listed)", () => {
    expect(rosterFilterText(q({ ageMax: "35", pool: "OUT", ids: "a,b,c" }))).toBe(
      "年龄：35周岁及以下；在库：不在库；状态：在职；所选干部：勾选的 3 人",
    );
    expect(rosterFilterText(q({ ageMin: "40", status: "RETIRED" }))).toBe("年龄：40周岁及以上；状态：退休");
  });
});
