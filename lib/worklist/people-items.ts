// Items about serving cadres, from the rows a loader read: reaching retirement age, probation
// ending, 任现职满5/8/10年, and a missing 年度考核. Pure: the loader passes asOf and the profile.
import { formatYearMonth } from "@/lib/format/dates";
import {
  formatDateLong,
  isoDay,
  rankLabel,
  retirementAgeMonths,
  retirementAgeText,
  retirementBaseYears,
  retirementDate,
  type Gender,
  type Rank,
  type ResolvedProfile,
  type RetirementAges,
} from "@/lib/rules";
import type { WorkItem } from "./model";
import { isPromotion, probationEnding } from "./probation";
import { retirementBucket, type RetirementBucket } from "./retirement";
import { tenureMilestone, tenureRule } from "./tenure";

export interface PersonRow {
  cadreId: string;
  name: string;
  unitName: string;
  gender: Gender;
  birthDate: Date;
}

/** A cadre read for the retirement groups: the rank picks a woman's base age (处级 or not). */
export interface RetiringRow extends PersonRow {
  rank: Rank | null;
}

export function retirementItem(
  p: RetiringRow,
  asOf: Date,
  ages: RetirementAges,
): { kind: RetirementBucket; item: WorkItem } | null {
  const base = retirementBaseYears(p.gender, p.rank, ages);
  const kind = retirementBucket(p.birthDate, p.gender, base, asOf);
  if (!kind) return null;
  const on = retirementDate(p.birthDate, p.gender, base);
  const age = retirementAgeText(retirementAgeMonths(p.birthDate, p.gender, base));
  return {
    kind,
    item: {
      key: p.cadreId,
      title: p.name,
      context: p.unitName,
      detail: `${formatYearMonth(p.birthDate)}出生，${formatDateLong(on)}达到法定退休年龄（${age}）`,
      dueOn: isoDay(on),
      ruleId: null,
      href: `/cadres/${p.cadreId}`,
    },
  };
}

export interface AppointmentRow extends PersonRow {
  appointmentId: string;
  postTitle: string;
  rank: Rank;
  isKeyPost: boolean;
  startDate: Date;
  /** the rank of the cadre's post before this one (probation) */
  previousRank?: Rank | null;
}

export function probationItem(a: AppointmentRow, asOf: Date, profile: ResolvedProfile): WorkItem | null {
  if (!isPromotion(a.rank, a.previousRank ?? null)) return null;
  const endsOn = probationEnding(a.startDate, asOf, profile);
  if (!endsOn) return null;
  const past = endsOn.getTime() < asOf.getTime();
  return {
    key: a.appointmentId,
    title: a.name,
    context: `${a.unitName} ${a.postTitle}`,
    detail: `${formatDateLong(a.startDate)}由${rankLabel[a.previousRank!]}提任${rankLabel[a.rank]}，试用期${past ? "已于" : "将于"}${formatDateLong(endsOn)}期满，请组织考核${past ? "并办理转正" : ""}`,
    dueOn: isoDay(endsOn),
    ruleId: "NAT-PROBATION",
    href: `/cadres/${a.cadreId}`,
  };
}

export function tenureItem(
  a: AppointmentRow,
  asOf: Date,
  profile: ResolvedProfile,
): { kind: "TENURE_5" | "TENURE_8" | "TENURE_10"; item: WorkItem } | null {
  const m = tenureMilestone(a.startDate, asOf);
  if (!m) return null;
  const { ruleId, exempt } = tenureRule(a, m.years, profile);
  const reached = m.on.getTime() <= asOf.getTime();
  const action =
    ruleId === "ZZ15-ROT-KEY"
      ? "关键岗位，必须轮岗交流"
      : ruleId === "ZZ15-ROT-POST"
        ? "应当轮岗交流"
        : m.years >= 10
          ? "请研究交流"
          : "请关注交流";
  return {
    kind: `TENURE_${m.years}`,
    item: {
      key: a.appointmentId,
      title: a.name,
      context: `${a.unitName} ${a.postTitle}`,
      detail: `${formatDateLong(a.startDate)}任现职，${reached ? "已于" : "将于"}${formatDateLong(m.on)}满${m.years}年，${action}${exempt ? "；已达免于轮岗年龄（ZZ15-ROT-EXEMPT）" : ""}`,
      dueOn: isoDay(m.on),
      ruleId,
      href: `/cadres/${a.cadreId}`,
    },
  };
}

export function missingAssessmentItem(p: PersonRow, year: number): WorkItem {
  return {
    key: p.cadreId,
    title: p.name,
    context: p.unitName,
    detail: `缺少${year}年度考核结果，请补录`,
    dueOn: null,
    ruleId: null,
    href: `/cadres/${p.cadreId}`,
  };
}
