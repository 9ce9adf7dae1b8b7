// Small administrative rules: borrowed staff (ZZ15-BORROW), tuition subsidy (ZZ15-TUITION),
// who manages a reserve (SS12-MANAGE), the reserve file (SS12-ARCHIVE), the probation period
// (NAT-PROBATION) and the deadline for reporting a major personal matter (ZZ15-PMR).
import type { PoolTier } from "../model/enums";
import type { Check } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { ruleCheck } from "../util/check";
import { addDays, addMonths, addYears, formatDateLong } from "../util/dates";

export interface Borrowing {
  startDate: Date;
  /** last day of the borrowing (planned or actual) */
  endDate: Date;
  /** 委主要领导、分管领导同意 */
  approved: boolean;
  /** 报人事教育科备案 */
  filed: boolean;
}

export function borrowingCheck(b: Borrowing, profile: ResolvedProfile): Check[] {
  const months = profile.params.zz15.borrowMaxMonths;
  const lastAllowed = addDays(addMonths(b.startDate, months), -1);
  return [
    ruleCheck(
      profile,
      "ZZ15-BORROW",
      b.approved && b.filed,
      `借用人员须经主要领导、分管领导同意并备案${b.approved && b.filed ? "" : `（${b.approved ? "" : "未经同意"}${!b.approved && !b.filed ? "、" : ""}${b.filed ? "" : "未备案"}）`}`,
      {
        approved: b.approved,
        filed: b.filed,
      },
    ),
    ruleCheck(
      profile,
      "ZZ15-BORROW",
      b.endDate.getTime() <= lastAllowed.getTime(),
      `借用时间原则上不超过${months}个月（自${formatDateLong(b.startDate)}起最迟至${formatDateLong(lastAllowed)}），本次至${formatDateLong(b.endDate)}`,
      {
        lastAllowed: lastAllowed.toISOString().slice(0, 10),
      },
    ),
  ];
}

export interface TuitionClaim {
  degree: "MASTER" | "DOCTOR" | "MPA";
  tuition: number;
  /** already subsidised for another degree level (one level per person) */
  previouslySubsidized: boolean;
}

export function tuitionSubsidy(
  claim: TuitionClaim,
  profile: ResolvedProfile,
): { ruleId: "ZZ15-TUITION"; eligible: boolean; amount: number; message: string } {
  const z = profile.params.zz15;
  if (claim.previouslySubsidized) {
    return {
      ruleId: "ZZ15-TUITION",
      eligible: false,
      amount: 0,
      message: "每人只能享受一个学历（学位）层次的学费资助，已享受过资助",
    };
  }
  const ratio = claim.degree === "MASTER" ? z.tuitionMasterRatio : z.tuitionDoctorRatio;
  const amount = Math.min(Math.round(claim.tuition * ratio * 100) / 100, z.tuitionCap);
  return {
    ruleId: "ZZ15-TUITION",
    eligible: true,
    amount,
    message: `按学费的${Math.round(ratio * 100)}%资助，最高${z.tuitionCap}元，可资助${amount}元`,
  };
}

export function reserveManager(tier: PoolTier): {
  ruleId: "SS12-MANAGE";
  manager: "ORG_DEPT" | "UNIT_AND_ORG_DEPT";
  label: string;
} {
  return tier === "DEPUTY_RESERVE"
    ? {
        ruleId: "SS12-MANAGE",
        manager: "UNIT_AND_ORG_DEPT",
        label: "所在单位和区委组织部共同管理，日常管理以所在单位为主",
      }
    : { ruleId: "SS12-MANAGE", manager: "ORG_DEPT", label: "区委组织部管理" };
}

export const ARCHIVE_SECTIONS = {
  SUMMARY: "干部简要情况表",
  INVESTIGATION_AND_PLAN: "考察材料及培养方案",
  RECOMMENDATION: "民主推荐情况",
  APPRAISAL: "民主评议情况",
  ASSESSMENT: "年度考核情况",
  TRAINING_AND_REWARDS: "培养和奖惩情况",
} as const;
export type ArchiveSection = keyof typeof ARCHIVE_SECTIONS;

export function archiveCompleteness(present: readonly ArchiveSection[], profile: ResolvedProfile): Check {
  const have = new Set(present);
  const missing = (Object.keys(ARCHIVE_SECTIONS) as ArchiveSection[]).filter((k) => !have.has(k));
  return ruleCheck(
    profile,
    "SS12-ARCHIVE",
    missing.length === 0,
    missing.length ? `后备干部档案缺少：${missing.map((k) => ARCHIVE_SECTIONS[k]).join("、")}` : "后备干部档案齐全",
    {
      missing: missing.join(","),
    },
  );
}

/** NAT-PROBATION: last day of the probation of a leader appointed on `start`. */
export function probationEnd(start: Date, profile: ResolvedProfile): { ruleId: "NAT-PROBATION"; endsOn: Date } {
  return { ruleId: "NAT-PROBATION", endsOn: addDays(addYears(start, profile.params.nat.probationYears), -1) };
}

/** ZZ15-PMR: a major matter must be reported in writing within one month after it happens. */
export function pmrMajorMatterDue(occurredOn: Date, profile: ResolvedProfile): { ruleId: "ZZ15-PMR"; dueOn: Date } {
  return { ruleId: "ZZ15-PMR", dueOn: addMonths(occurredOn, profile.params.zz15.pmrMajorMatterMonths) };
}
