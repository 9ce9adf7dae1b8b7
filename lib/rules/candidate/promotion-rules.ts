// Newly promoted young cadres: the age that makes a new 正科/副科 (or 处级) a young cadre
// (D20-AGE-*), the regulation's time-in-rank (NAT-STEP-DEPUTY), experience and education for
// 县处级 (NAT-EXP, NAT-EDU), and zhuzhou's 大专 minimum for new promotions (ZZ15-ST-EDU).
import { describeEducation, describeRequirement, hasEducation, highestEducation } from "../education";
import { rankLabel } from "../labels";
import type { Rank } from "../model/enums";
import type { Check } from "../model/results";
import { formatDateLong } from "../util/dates";
import type { CandidateContext } from "./context";
import type { RuleId } from "../registry/rule-ids";
import { tenureLabel, tenureOn } from "../util/tenure";
import { makeCheck, maxAgeCheck, notApplicableCheck, on } from "./context";
import { atOrAbove, tenureAtRank } from "./rank-history";
import { d20EducationCheck, natEducationCheck } from "./pool-tier-rules";
import { fullYearsSince } from "./service";
import type { PromotionRank } from "./targets";

function youngAgeCheck(ctx: CandidateContext, rank: PromotionRank): Check[] {
  const a = ctx.params.d20.ages;
  const subject = `新提拔为${rankLabel[rank]}年轻干部的`;
  if (rank === "SECTION_PRINCIPAL" && on(ctx, "D20-AGE-KJ"))
    return [maxAgeCheck(ctx, "D20-AGE-KJ", subject, a.newSectionPrincipalMax)];
  if (rank === "SECTION_DEPUTY" && on(ctx, "D20-AGE-KJ"))
    return [maxAgeCheck(ctx, "D20-AGE-KJ", subject, a.newSectionDeputyMax)];
  if (rank === "DIVISION_DEPUTY" && on(ctx, "D20-AGE-FC"))
    return [maxAgeCheck(ctx, "D20-AGE-FC", subject, a.divisionDeputyMax)];
  if (rank === "DIVISION_PRINCIPAL" && on(ctx, "D20-AGE-ZC"))
    return [maxAgeCheck(ctx, "D20-AGE-ZC", subject, a.divisionPrincipalMax)];
  return [];
}

const STEP: Partial<Record<PromotionRank, { from: Rank; principalFrom: boolean }>> = {
  SECTION_PRINCIPAL: { from: "SECTION_DEPUTY", principalFrom: false },
  DIVISION_PRINCIPAL: { from: "DIVISION_DEPUTY", principalFrom: false },
  DIVISION_DEPUTY: { from: "SECTION_PRINCIPAL", principalFrom: true },
};

function stepCheck(ctx: CandidateContext, rank: PromotionRank): Check[] {
  const step = STEP[rank];
  if (!step || !on(ctx, "NAT-STEP-DEPUTY")) return [];
  const n = step.principalFrom ? ctx.params.nat.principalToHigherDeputyYears : ctx.params.nat.deputyToPrincipalYears;
  const held = ctx.rank; // on asOf, from the history
  const rule = `由${rankLabel[step.from]}提任${rankLabel[rank]}，应在${rankLabel[step.from]}岗位工作${n}年以上`;
  let ok = false;
  let detail: string;
  let months: number | null = null;
  if (held !== step.from) detail = `该同志时任${held ? rankLabel[held] : "（未录入）"}，须按破格提拔程序办理`;
  else {
    // separate stints at the rank add up, in calendar months (util/tenure)
    const t = tenureAtRank(ctx.facts, step.from, ctx.asOf);
    months = t.tenure.months;
    ok = t.known && months >= n * 12;
    detail = !t.known
      ? "未录入任现职级时间"
      : `该同志任${rankLabel[step.from]}累计${tenureLabel(t.tenure)}${t.since ? `（本次自${formatDateLong(t.since)}起）` : ""}`;
  }
  return [
    makeCheck(ctx, "NAT-STEP-DEPUTY", ok, `${rule}，${detail}${ctx.asOfNote}`, {
      fromRank: step.from,
      minYears: n,
      rank: held,
      months,
    }),
  ];
}

function experienceChecks(ctx: CandidateContext): Check[] {
  if (!on(ctx, "NAT-EXP")) return [];
  const p = ctx.params.nat;
  const f = ctx.facts;
  const work = f.workStartDate;
  const workOk = work != null && fullYearsSince(work, ctx.asOf, p.divisionMinWorkYears);
  const grassroots = [
    ...f.appointments.filter((a) => a.unitType === "STREET" || a.unitType === "TOWNSHIP"),
    ...(f.practices ?? [])
      .filter((x) => x.hostUnitType === "STREET" || x.hostUnitType === "TOWNSHIP")
      .map((x) => ({ startDate: x.startDate, endDate: x.actualEndDate ?? null })),
  ];
  const served = tenureOn(grassroots, ctx.asOf); // calendar months over separate postings
  return [
    makeCheck(
      ctx,
      "NAT-EXP",
      workOk,
      `提任县处级领导职务一般应具有${p.divisionMinWorkYears}年以上工龄，${work ? `该同志${formatDateLong(work)}参加工作` : "未录入参加工作时间"}`,
      { minYears: p.divisionMinWorkYears, workStartDate: work ? work.toISOString().slice(0, 10) : null },
    ),
    makeCheck(
      ctx,
      "NAT-EXP",
      served.months >= p.divisionMinGrassrootsYears * 12,
      `一般应具有${p.divisionMinGrassrootsYears}年以上基层工作经历，该同志累计${tenureLabel(served)}`,
      { minYears: p.divisionMinGrassrootsYears, grassrootsMonths: served.months },
    ),
  ];
}

function newPromotionEducation(ctx: CandidateContext): Check[] {
  if (!on(ctx, "ZZ15-ST-EDU")) return [];
  const min = ctx.params.zz15.newPromotionMinEducation;
  const any = highestEducation(ctx.facts.education, {}, ctx.asOf);
  return [
    makeCheck(
      ctx,
      "ZZ15-ST-EDU",
      hasEducation(ctx.facts.education, min, {}, ctx.asOf),
      `新提拔的干部应当具有${describeRequirement(min, false)}，该同志为${describeEducation(any)}`,
      {
        required: min,
        highest: any?.level ?? null,
      },
    ),
  ];
}

/** The first rule of the promotion the profile has on, to cite when the promotion cannot apply. */
function promotionRule(ctx: CandidateContext, rank: PromotionRank): RuleId | null {
  const age: Record<PromotionRank, RuleId> = {
    DIVISION_PRINCIPAL: "D20-AGE-ZC",
    DIVISION_DEPUTY: "D20-AGE-FC",
    SECTION_PRINCIPAL: "D20-AGE-KJ",
    SECTION_DEPUTY: "D20-AGE-KJ",
  };
  const candidates: RuleId[] = [age[rank], "NAT-STEP-DEPUTY", "ZZ15-ST-EDU", "D20-EDU", "NAT-EDU"];
  return candidates.find((id) => on(ctx, id)) ?? null;
}

export function promotionChecks(ctx: CandidateContext, rank: PromotionRank): Check[] {
  // 新提拔 to a level already held or passed on asOf is no promotion: 不适用, not 不符合
  const ruleId = promotionRule(ctx, rank);
  if (ctx.rank && atOrAbove(ctx.rank, rank) && ruleId) {
    return [
      notApplicableCheck(
        ctx,
        ruleId,
        `新提拔为${rankLabel[rank]}：该同志已任${rankLabel[ctx.rank]}，不属于新提拔，不适用${ctx.asOfNote}`,
        { toRank: rank, rank: ctx.rank, asOf: ctx.asOf.toISOString().slice(0, 10) },
      ),
    ];
  }
  const division = rank === "DIVISION_PRINCIPAL" || rank === "DIVISION_DEPUTY";
  return [
    ...youngAgeCheck(ctx, rank),
    ...stepCheck(ctx, rank),
    ...(division ? experienceChecks(ctx) : []),
    ...d20EducationCheck(ctx),
    ...(division ? natEducationCheck(ctx) : []),
    ...newPromotionEducation(ctx),
  ];
}
