// Practice postings: about five 科级 young cadres a year to 挂职/交流/major tasks
// (D20-PRACTICE), and the special assessment of a 墩苗 posting 2–3 years after it starts
// (SX-DOWN-REVIEW).
import type { PracticeKind } from "../model/enums";
import type { TargetRow } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { addDays, addYears, day, formatDateLong } from "../util/dates";
import { buildRow } from "../util/rows";

export interface PostingFact {
  id: string;
  cadreId: string;
  kind: PracticeKind;
  startDate: Date;
  actualEndDate?: Date | null;
  specialAssessedOn?: Date | null;
  /** the cadre was a 科级 young cadre (pool tier SECTION) when posted */
  sectionYoungCadre?: boolean;
}

/** D20-PRACTICE: distinct 科级 young cadres sent this year (to asOf). */
export function evaluatePractice(postings: readonly PostingFact[], profile: ResolvedProfile, asOf: Date): TargetRow {
  const p = profile.params.d20.practice;
  const year = asOf.getUTCFullYear();
  const from = day(year, 1, 1).getTime();
  const kinds = new Set(p.kinds);
  const byCadre = new Map<string, PostingFact>();
  for (const x of postings) {
    const t = x.startDate.getTime();
    if (t >= from && t <= asOf.getTime() && kinds.has(x.kind) && x.sectionYoungCadre) byCadre.set(x.cadreId, x);
  }
  return buildRow<PostingFact>({
    key: `D20-PRACTICE:${year}`,
    ruleId: "D20-PRACTICE",
    label: `${year}年选派优秀科级年轻干部挂职、交流、承担重点任务`,
    profile,
    subject: "PRACTICE",
    unit: "名",
    items: [...byCadre.values()],
    idOf: (x) => x.id,
    counts: () => true,
    goal: { kind: "about", count: p.perYear, tolerance: profile.params.conventions.countTolerance },
  });
}

export interface PracticeReviewItem {
  practiceId: string;
  cadreId: string;
  ruleId: "SX-DOWN-REVIEW";
  opensOn: Date;
  closesOn: Date;
  /** UPCOMING: opens within the horizon; OPEN: in the 2–3 year window; OVERDUE: past it */
  status: "UPCOMING" | "OPEN" | "OVERDUE";
  message: string;
}

/** 墩苗 postings whose special assessment is open, overdue, or opens within `horizonDays`. */
export function practiceReviewDue(
  postings: readonly PostingFact[],
  profile: ResolvedProfile,
  asOf: Date,
  horizonDays = 60,
): PracticeReviewItem[] {
  const sx = profile.params.sx;
  const horizon = addDays(asOf, horizonDays).getTime();
  const out: PracticeReviewItem[] = [];
  for (const x of postings) {
    if (x.kind !== "DUNMIAO" || x.specialAssessedOn || x.startDate.getTime() > asOf.getTime()) continue;
    const opensOn = addYears(x.startDate, sx.downReviewMinYears);
    const closesOn = addYears(x.startDate, sx.downReviewMaxYears);
    if (opensOn.getTime() > horizon) continue;
    const status =
      asOf.getTime() > closesOn.getTime() ? "OVERDUE" : asOf.getTime() >= opensOn.getTime() ? "OPEN" : "UPCOMING";
    out.push({
      practiceId: x.id,
      cadreId: x.cadreId,
      ruleId: "SX-DOWN-REVIEW",
      opensOn,
      closesOn,
      status,
      message: `${formatDateLong(x.startDate)}到任，应在${formatDateLong(opensOn)}至${formatDateLong(closesOn)}期间进行专项考核${status === "OVERDUE" ? "，已逾期" : ""}`,
    });
  }
  return out.sort((a, b) => a.opensOn.getTime() - b.opensOn.getTime());
}
