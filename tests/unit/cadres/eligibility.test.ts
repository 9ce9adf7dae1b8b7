import { describe, expect, it } from "vitest";
import { evaluateEligibility } from "@/lib/cadres/eligibility";
import { day, resolveProfile, type CadreFacts } from "@/lib/rules";

const base: CadreFacts = {
  id: "c1",
  birthDate: day(1985, 6, 30),
  gender: "MALE",
  ethnicity: "汉族",
  politicalStatus: "CPC_MEMBER",
  education: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: true }],
  rank: "SECTION_PRINCIPAL",
  rankSince: day(2020, 1, 1),
  establishmentType: "CIVIL_SERVANT",
  status: "SERVING",
  health: "HEALTHY",
  appointments: [],
  assessments: [],
  sanctions: [],
  familyMembers: [],
  personalMattersReports: [],
};

describe("eligibility panel under district-2020 on 2026-06-30", () => {
  const report = evaluateEligibility(base, resolveProfile("district-2020"), day(2026, 6, 30));

  it("born 1985-06-30 is 41 on 2026-06-30: 副处级 pool fails D20-AGE-FC (41 > 40), 正处级 passes D20-AGE-ZC (41 ≤ 42)", () => {
    const fc = report.targets.find((t) => t.key === "POOL:DIVISION_DEPUTY")!;
    const check = fc.verdict.checks.find((c) => c.ruleId === "D20-AGE-FC")!;
    expect(check.passed).toBe(false);
    expect(check.message).toContain("41");
    expect(fc.verdict.eligible).toBe(false);
    const zc = report.targets.find((t) => t.key === "POOL:DIVISION_PRINCIPAL")!;
    expect(zc.verdict.checks.find((c) => c.ruleId === "D20-AGE-ZC")?.passed).toBe(true);
  });

  it("targets without rules of their own in the profile (the SS12 reserve tiers, Shanxi) are left out; every cited rule has its text", () => {
    const keys = report.targets.map((t) => t.key);
    expect(keys).not.toContain("POOL:PRINCIPAL_RESERVE");
    expect(keys.some((k) => k.startsWith("DUNMIAO"))).toBe(false);
    for (const t of report.targets)
      for (const c of t.verdict.checks) expect(report.explanations[c.ruleId]?.text).toBeTruthy();
  });
});
