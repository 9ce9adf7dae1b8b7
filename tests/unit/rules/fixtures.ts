// Builders for golden test data: fixed ids and fixed dates, overridable per test.
import type { CadreFacts, Check, EducationRecordFact, PoolEntryFact, PoolTier, Verdict } from "@/lib/rules";
import { day, resolveProfile } from "@/lib/rules";

export const D20 = resolveProfile("district-2020");
export const SS12 = resolveProfile("shushan-2012");
export const ZZ15 = resolveProfile("zhuzhou-2015");
export const SX = resolveProfile("shanxi-dunmiao");
export const WS = resolveProfile("work-summary");
export const NAT = resolveProfile("national-baseline");

/** district-2020 without the at-risk horizon, for exact MET / NOT_MET boundaries */
export const D20_NOW = resolveProfile({
  key: "d20-now",
  name: "无预警期",
  extends: "district-2020",
  params: { conventions: { atRiskMonths: 0 } },
});
export const ZZ15_NOW = resolveProfile({
  key: "zz15-now",
  name: "无预警期",
  extends: "zhuzhou-2015",
  params: { conventions: { atRiskMonths: 0 } },
});

/** every preset's rules at once, for coverage runs */
export const ALL = resolveProfile({
  key: "all-rules",
  name: "全部规则",
  extends: "district-2020",
  enable: [...SS12.rules, ...ZZ15.rules, ...SX.rules, ...WS.rules],
});

export const AS_OF = day(2026, 6, 30);

export const ftBachelor: EducationRecordFact = { level: "BACHELOR", degree: "BACHELOR", fullTime: true };
export const inServiceBachelor: EducationRecordFact = { level: "BACHELOR", degree: "BACHELOR", fullTime: false };
export const ftCollege: EducationRecordFact = { level: "JUNIOR_COLLEGE", degree: "NONE", fullTime: true };

/** A serving 汉族 CPC member with a full-time bachelor and clean records, born 1990-01-15. */
export function cadre(over: Partial<CadreFacts> = {}): CadreFacts {
  return {
    id: "c-001",
    birthDate: day(1990, 1, 15),
    gender: "MALE",
    ethnicity: "汉族",
    politicalStatus: "CPC_MEMBER",
    education: [ftBachelor],
    rank: "SECTION_DEPUTY",
    rankSince: day(2020, 1, 1),
    grade: null,
    gradeSince: null,
    establishmentType: "CIVIL_SERVANT",
    status: "SERVING",
    health: "HEALTHY",
    unitType: "PARTY_GOV_DEPT",
    workStartDate: day(2012, 7, 1),
    appointments: [],
    assessments: [
      { year: 2023, grade: "COMPETENT" },
      { year: 2024, grade: "COMPETENT" },
      { year: 2025, grade: "COMPETENT" },
    ],
    sanctions: [],
    familyMembers: [],
    personalMattersReports: [],
    trainings: [],
    practices: [],
    talks: [],
    ...over,
  };
}

/** A pool entry with a fixed id; its cadre gets the id "c-" + entry id. */
export function entry(
  id: string,
  tier: PoolTier,
  over: Partial<CadreFacts> & { domain?: string; enteredOn?: Date; closedOn?: Date | null } = {},
): PoolEntryFact {
  const { domain, enteredOn, closedOn, ...cadreOver } = over;
  const c = cadre({ id: `c-${id}`, ...cadreOver });
  return {
    id,
    cadre: c,
    tier,
    domain: domain ?? null,
    enteredOn: enteredOn ?? day(2024, 1, 1),
    closedOn: closedOn ?? null,
  };
}

export function checksOf(v: Verdict, ruleId: string): Check[] {
  return v.checks.filter((c) => c.ruleId === ruleId);
}
