import { describe, expect, it } from "vitest";
import type { EducationRecordFact } from "@/lib/rules";
import { day, evaluateCandidate } from "@/lib/rules";
import { AS_OF, cadre, checksOf, D20, ftBachelor, ftCollege, inServiceBachelor, SS12, ZZ15 } from "./fixtures";

const master = (fullTime: boolean, graduationDate: Date | null = null): EducationRecordFact => ({
  level: "MASTER_STUDY",
  degree: "MASTER",
  fullTime,
  graduationDate,
});

describe("D20-EDU: 一般应当具有全日制大学本科以上学历 (soft)", () => {
  it.each([
    ["full-time bachelor → passes", [ftBachelor], true],
    ["in-service bachelor only (在职 ≠ 全日制) → warns", [inServiceBachelor], false],
    ["full-time 大专 + in-service bachelor → warns", [ftCollege, inServiceBachelor], false],
    ["in-service master only → warns", [master(false)], false],
    ["full-time master → passes", [master(true)], true],
    [
      "full-time master graduating after asOf (2026-07-01) does not count yet → warns",
      [ftCollege, master(true, day(2026, 7, 1))],
      false,
    ],
    ["full-time master graduated on asOf counts → passes", [ftCollege, master(true, day(2026, 6, 30))], true],
  ] as [string, EducationRecordFact[], boolean][])("%s", (_n, education, passed) => {
    const v = evaluateCandidate(cadre({ education }), { kind: "POOL", tier: "SECTION" }, D20, AS_OF);
    const c = checksOf(v, "D20-EDU")[0];
    expect(c.passed).toBe(passed);
    expect(c.severity).toBe("soft");
    // A soft failure is a warning and never makes the cadre ineligible.
    expect(v.eligible).toBe(true);
  });

  it("the message tells the in-service degree apart", () => {
    const v = evaluateCandidate(
      cadre({ education: [ftCollege, inServiceBachelor] }),
      { kind: "POOL", tier: "SECTION" },
      D20,
      AS_OF,
    );
    expect(checksOf(v, "D20-EDU")[0].message).toBe(
      "一般应当具有全日制大学本科以上学历，该同志全日制最高为全日制大学专科，最高学历为在职大学本科",
    );
  });
});

describe("NAT-EDU: 县处级 generally 大专+, in-service counts (soft)", () => {
  it.each([
    ["in-service 大专 → passes", [{ level: "JUNIOR_COLLEGE", degree: "NONE", fullTime: false }], true],
    ["中专 only → warns", [{ level: "TECHNICAL_SECONDARY", degree: "NONE", fullTime: true }], false],
  ] as [string, EducationRecordFact[], boolean][])("%s", (_n, education, passed) => {
    const facts = cadre({ education, rank: "SECTION_PRINCIPAL", rankSince: day(2020, 1, 1) });
    const v = evaluateCandidate(facts, { kind: "POOL", tier: "DIVISION_DEPUTY" }, D20, AS_OF);
    expect(checksOf(v, "NAT-EDU")[0].passed).toBe(passed);
    expect(v.eligible).toBe(true);
  });
});

describe("SS12-EDU-MIN: 必须具有大专以上学历 (hard; in-service counts)", () => {
  it.each([
    ["in-service 大专 → passes", [{ level: "JUNIOR_COLLEGE", degree: "NONE", fullTime: false }], true],
    ["高中 → blocked", [{ level: "HIGH_SCHOOL", degree: "NONE", fullTime: true }], false],
    ["no record → blocked", [], false],
  ] as [string, EducationRecordFact[], boolean][])("%s", (_n, education, passed) => {
    const facts = cadre({ education, rank: "SECTION_DEPUTY" });
    const v = evaluateCandidate(facts, { kind: "POOL", tier: "PRINCIPAL_RESERVE" }, SS12, AS_OF);
    const c = checksOf(v, "SS12-EDU-MIN")[0];
    expect(c.passed).toBe(passed);
    expect(c.severity).toBe("hard");
    expect(v.eligible).toBe(passed);
  });
});

describe("ZZ15-ST-EDU: newly promoted cadres need 大专+ (hard)", () => {
  it.each([
    ["中专 → blocked", [{ level: "TECHNICAL_SECONDARY", degree: "NONE", fullTime: true }], false],
    ["在职大专 → ok", [{ level: "JUNIOR_COLLEGE", degree: "NONE", fullTime: false }], true],
  ] as [string, EducationRecordFact[], boolean][])("%s", (_n, education, passed) => {
    const v = evaluateCandidate(
      cadre({ education, rank: "STAFF" }),
      { kind: "PROMOTION", rank: "SECTION_DEPUTY" },
      ZZ15,
      AS_OF,
    );
    expect(checksOf(v, "ZZ15-ST-EDU")[0].passed).toBe(passed);
    expect(v.eligible).toBe(passed);
  });
});
