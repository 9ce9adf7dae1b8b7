// Security labels, the pure parts: which sets a clearance withholds, how a verdict drawn from a
// withheld set is redacted, and what the labelled cadre view leaves out.
import { describe, expect, it } from "vitest";
import { labelDeniedMessage, sectionsFor, withheldSets } from "@/lib/authz/clearance";
import { checkSet, redactChecks } from "@/lib/cadres/labelled-checks";
import type { Check } from "@/lib/rules";
import { labelCadre } from "@/lib/server/cadres/labelled-view";
import type { CadreProfile } from "@/lib/server/cadres/profile";

const check = (ruleId: string, values: Check["values"], message = "原文", passed = false): Check =>
  ({ ruleId, severity: "hard", passed, message, values }) as Check;

describe("clearances", () => {
  it("withhold the sets above them, in a fixed order", () => {
    expect(withheldSets("HIGHLY_SENSITIVE")).toEqual([]);
    expect(withheldSets("SENSITIVE")).toEqual(["sanctions", "personalMatters", "familyAbroad", "idNumber"]);
    expect(withheldSets("GENERAL")).toEqual([
      "sanctions",
      "assessmentConclusions",
      "personalMatters",
      "familyAbroad",
      "idNumber",
    ]);
    expect(withheldSets("GENERAL", ["idNumber", "assessmentConclusions"])).toEqual([
      "assessmentConclusions",
      "idNumber",
    ]);
  });

  it("sectionsFor tells print code what to show", () => {
    expect(sectionsFor("SENSITIVE")).toEqual({
      sanctions: false,
      assessmentConclusions: true,
      personalMatters: false,
      familyAbroad: false,
      idNumber: false,
    });
  });

  it("the refusal names the level needed", () => {
    expect(labelDeniedMessage("sanctions")).toBe("您的密级不足，无法查看此项（需“高度敏感”）");
    expect(labelDeniedMessage("assessmentConclusions")).toBe("您的密级不足，无法查看此项（需“敏感”）");
  });
});

describe("redacting checks", () => {
  it("maps each check to the set its message is drawn from", () => {
    expect(checkSet(check("ZZ15-EXCL", { reason: "SANCTION" }))).toBe("sanctions");
    expect(checkSet(check("ZZ15-EXCL", { reason: "ASSESSMENT" }))).toBe("assessmentConclusions");
    expect(checkSet(check("ZZ15-EXCL", { reason: "FAMILY_ABROAD" }))).toBe("familyAbroad");
    expect(checkSet(check("ZZ15-EXCL", { reason: "CANVASSING" }))).toBeNull();
    expect(checkSet(check("ZZ15-PMR", {}))).toBe("personalMatters");
    expect(checkSet(check("SX-UP-ELIG", { years: 3 }))).toBe("assessmentConclusions");
    expect(checkSet(check("SX-UP-ELIG", { health: "POOR" }))).toBeNull();
    expect(checkSet(check("WS-POOL-DYNAMIC", { year: 2025 }))).toBe("assessmentConclusions");
    expect(checkSet(check("WS-POOL-DYNAMIC", { failedRules: "ZZ15-EXCL" }))).toBeNull();
    expect(checkSet(check("D20-AGE-FC", { age: 41 }))).toBeNull();
  });

  it("keeps the verdict and rule id, drops the details, and reports which sets it withheld", () => {
    const checks = [
      check("ZZ15-EXCL", { reason: "SANCTION", inEffect: 1 }, "受到处分，影响期至2040年1月9日"),
      check("ZZ15-EXCL", { reason: "ASSESSMENT" }, "2024年度基本称职", true),
      check("D20-AGE-FC", { age: 41 }, "现年41岁"),
    ];
    const r = redactChecks(checks, ["sanctions"]);
    expect(r.redacted).toEqual(["sanctions"]);
    expect(r.checks[0]).toMatchObject({ ruleId: "ZZ15-EXCL", passed: false, severity: "hard", values: {} });
    expect(r.checks[0].message).toBe("不符合（依据“处分、组织处理”判定；您的密级不足，不显示具体情况）");
    expect(r.checks[1]).toBe(checks[1]);
    expect(r.checks[2]).toBe(checks[2]);
    expect(redactChecks(checks, []).checks).toEqual(checks);
  });
});

describe("the labelled cadre view", () => {
  const row = {
    id: "c1",
    name: "张三",
    idNumberCipher: null,
    idNumberHash: null,
    rewardsAndPunishments: "记过",
    sanctions: [{ id: "s1" }],
    assessments: [{ id: "a1" }],
    personalMattersReports: [{ id: "p1" }],
    familyMembers: [{ id: "f1", name: "李四", emigrated: true, emigratedTo: "加拿大" }],
  } as unknown as CadreProfile;

  it("leaves out what the clearance does not cover, and never carries the ciphertext", () => {
    const v = labelCadre(row, "SENSITIVE");
    expect(Object.keys(v).sort()).toEqual(["assessments", "familyMembers", "id", "maskedIdNumber", "name", "withheld"]);
    expect(v.familyMembers).toEqual([{ id: "f1", name: "李四" }]);
    expect(v.withheld).toEqual(["sanctions", "personalMatters", "familyAbroad"]);
    expect(v.maskedIdNumber).toBe("");
  });

  it("gives a cleared reader everything but the ciphertext", () => {
    const v = labelCadre(row, "HIGHLY_SENSITIVE");
    expect(v).toMatchObject({ rewardsAndPunishments: "记过", sanctions: [{ id: "s1" }], withheld: [] });
    expect(v.familyMembers[0]).toMatchObject({ emigrated: true, emigratedTo: "加拿大" });
    expect(v).not.toHaveProperty("idNumberCipher");
    expect(v).not.toHaveProperty("idNumberHash");
  });
});
