import { describe, expect, it } from "vitest";
import type { CadreFacts, EducationRecordFact } from "@/lib/rules";
import { day, evaluateCandidate } from "@/lib/rules";
import { AS_OF, cadre, D20 } from "./fixtures";

const phd: EducationRecordFact = { level: "DOCTORATE_STUDY", degree: "DOCTOR", fullTime: true };
const phdInService: EducationRecordFact = { ...phd, fullTime: false };
const msc: EducationRecordFact = { level: "MASTER_STUDY", degree: "MASTER", fullTime: true };
const elite: EducationRecordFact = { level: "BACHELOR", degree: "BACHELOR", fullTime: true, is211: true };
const plain: EducationRecordFact = { level: "BACHELOR", degree: "BACHELOR", fullTime: true };

// Born 2026-07-01 minus N years → exactly N on asOf 2026-06-30 ... (N−1): use birthFor(age).
const bornAged = (age: number) => day(2026 - age, 6, 30); // turns `age` on asOf

function xfer(over: Partial<CadreFacts>) {
  const v = evaluateCandidate(cadre(over), { kind: "TRANSFER_IN" }, D20, AS_OF);
  return { v, ids: v.checks.filter((c) => c.ruleId.startsWith("D20-XFER")).map((c) => `${c.ruleId}:${c.passed}`) };
}

describe("D20-XFER-*: preferential transfer-in, any one path qualifies", () => {
  it.each([
    [
      "全日制博士 aged 37 (37岁以下 inclusive) → PHD passes",
      { education: [phd], birthDate: bornAged(37) },
      ["D20-XFER-PHD:true"],
    ],
    [
      "全日制博士 aged 38 → every path fails",
      { education: [phd], birthDate: bornAged(38) },
      ["D20-XFER-PHD:false", "D20-XFER-MASTER:false", "D20-XFER-985:false"],
    ],
    [
      "在职博士 aged 30 → no path (in-service)",
      { education: [phdInService], birthDate: bornAged(30), rank: "SECTION_DEPUTY" },
      ["D20-XFER-PHD:false", "D20-XFER-MASTER:false", "D20-XFER-985:false"],
    ],
    ["全日制硕士 aged 35 → MASTER passes", { education: [msc], birthDate: bornAged(35) }, ["D20-XFER-MASTER:true"]],
    [
      "全日制硕士 aged 36 → fails",
      { education: [msc], birthDate: bornAged(36) },
      ["D20-XFER-PHD:false", "D20-XFER-MASTER:false", "D20-XFER-985:false"],
    ],
    [
      "211 本科 科员 aged 30 → 985 path passes",
      { education: [elite], birthDate: bornAged(30), rank: "STAFF" },
      ["D20-XFER-985:true"],
    ],
    [
      "211 本科 科员 aged 31 → fails",
      { education: [elite], birthDate: bornAged(31), rank: "STAFF" },
      ["D20-XFER-PHD:false", "D20-XFER-MASTER:false", "D20-XFER-985:false"],
    ],
    [
      "211 本科 副科 aged 33 → passes",
      { education: [elite], birthDate: bornAged(33), rank: "SECTION_DEPUTY" },
      ["D20-XFER-985:true"],
    ],
    [
      "211 本科 科员 with 三级主任科员 aged 33 → passes via grade",
      { education: [elite], birthDate: bornAged(33), rank: "STAFF", grade: "PRINCIPAL_CLERK_3" },
      ["D20-XFER-985:true"],
    ],
    [
      "211 本科 正科 aged 35 → passes",
      { education: [elite], birthDate: bornAged(35), rank: "SECTION_PRINCIPAL" },
      ["D20-XFER-985:true"],
    ],
    [
      "211 本科 二级主任科员 aged 35 → passes",
      { education: [elite], birthDate: bornAged(35), rank: null, grade: "PRINCIPAL_CLERK_2" },
      ["D20-XFER-985:true"],
    ],
    [
      "211 本科 正科 aged 36 → fails",
      { education: [elite], birthDate: bornAged(36), rank: "SECTION_PRINCIPAL" },
      ["D20-XFER-PHD:false", "D20-XFER-MASTER:false", "D20-XFER-985:false"],
    ],
    [
      "ordinary 本科 科员 aged 25 → fails (not 双一流)",
      { education: [plain], birthDate: bornAged(25), rank: "STAFF" },
      ["D20-XFER-PHD:false", "D20-XFER-MASTER:false", "D20-XFER-985:false"],
    ],
  ] as [string, Partial<CadreFacts>, string[]][])("%s", (_n, over, expected) => {
    const { v, ids } = xfer(over);
    expect(ids).toEqual(expected);
    expect(v.eligible).toBe(expected.some((e) => e.endsWith(":true")));
  });

  it("the failing 985 message states the limit for the rank", () => {
    const { v } = xfer({ education: [elite], birthDate: bornAged(31), rank: "STAFF" });
    expect(v.checks.find((c) => c.ruleId === "D20-XFER-985")!.message).toContain("科员须30岁以下");
  });
});
