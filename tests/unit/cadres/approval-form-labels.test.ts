// Golden tests of what the 任免审批表 prints for enums: the 称谓 of every relation as a man and
// as a woman says it, and every 政治面貌 of the code table (a 共青团员 is not 群众).
import { describe, expect, it } from "vitest";
import { educationText, partyCellText } from "@/components/approval-form/form-content";
import { familyRelationLabelFor, politicalStatusLabel } from "@/lib/labels";
import { FAMILY_RELATIONS, POLITICAL_STATUSES } from "@/lib/rules/model/enums";

// relation → [a man's 称谓, a woman's 称谓]
const GOLDEN: Record<(typeof FAMILY_RELATIONS)[number], [string, string]> = {
  SPOUSE: ["妻子", "丈夫"],
  SON: ["儿子", "儿子"],
  DAUGHTER: ["女儿", "女儿"],
  FATHER: ["父亲", "父亲"],
  MOTHER: ["母亲", "母亲"],
  FATHER_IN_LAW: ["岳父", "公公"],
  MOTHER_IN_LAW: ["岳母", "婆婆"],
  SIBLING: ["兄弟姐妹", "兄弟姐妹"],
  OTHER: ["其他", "其他"],
};

describe("称谓 by the cadre's gender", () => {
  it(`covers every relation of the enum (${FAMILY_RELATIONS.length} × 2 genders)`, () => {
    expect(Object.keys(GOLDEN).sort()).toEqual([...FAMILY_RELATIONS].sort());
  });
  for (const relation of FAMILY_RELATIONS) {
    const [man, woman] = GOLDEN[relation];
    it(`${relation}: a man writes 「${man}」, a woman 「${woman}」`, () => {
      expect(familyRelationLabelFor(relation, "MALE")).toBe(man);
      expect(familyRelationLabelFor(relation, "FEMALE")).toBe(woman);
    });
  }
  it("no printed 称谓 carries both genders' words (「岳父（公公）」, 「配偶」)", () => {
    for (const r of FAMILY_RELATIONS)
      for (const g of ["MALE", "FEMALE"] as const) expect(familyRelationLabelFor(r, g)).not.toMatch(/（|配偶/);
  });
});

describe("政治面貌 on the form", () => {
  const GOLDEN_STATUS = {
    CPC_MEMBER: "中共党员",
    CPC_PROBATIONARY: "中共预备党员",
    DEMOCRATIC_PARTY: "民主党派",
    NON_PARTY: "无党派人士",
    CYL_MEMBER: "共青团员",
    MASSES: "群众",
  };
  it(`each of the ${POLITICAL_STATUSES.length} values of the code table has its own label`, () => {
    expect(Object.fromEntries(POLITICAL_STATUSES.map((s) => [s, politicalStatusLabel[s]]))).toEqual(GOLDEN_STATUS);
    expect(new Set(Object.values(politicalStatusLabel)).size).toBe(POLITICAL_STATUSES.length);
  });
  it("the 入党时间 cell of a cadre outside the CPC prints the status itself: a 共青团员 stays 共青团员", () => {
    const cell = (politicalStatus: (typeof POLITICAL_STATUSES)[number], democraticParty: string | null = null) =>
      partyCellText({ partyJoinDate: null, politicalStatus, democraticParty });
    expect(cell("CYL_MEMBER")).toBe("共青团员");
    expect(cell("MASSES")).toBe("群众");
    expect(cell("NON_PARTY")).toBe("无党派人士");
    expect(cell("DEMOCRATIC_PARTY", "九三学社")).toBe("九三学社");
    expect(cell("DEMOCRATIC_PARTY")).toBe("民主党派");
    expect(
      partyCellText({ partyJoinDate: new Date("2010-06-01"), politicalStatus: "CPC_MEMBER", democraticParty: null }),
    ).toBe("2010.06");
  });
});

describe("学历学位 cell", () => {
  const record = (over: object) =>
    ({ level: "BACHELOR", degree: "BACHELOR", degreeDiscipline: null, ...over }) as Parameters<typeof educationText>[0];
  it("with the discipline: 「大学本科 / 经济学学士」; without: 「学士学位」; no degree: the level alone", () => {
    expect(educationText(record({ degreeDiscipline: "经济学" }))).toBe("大学本科\n经济学学士");
    expect(educationText(record({}))).toBe("大学本科\n学士学位");
    expect(educationText(record({ degree: "NONE" }))).toBe("大学本科");
    expect(educationText(null)).toBe("");
  });
});
