// Newly promoted young cadres: the age that makes a new 正科/副科 (or 处级) a young cadre
// (D20-AGE-*), the regulation's time-in-rank (NAT-STEP-DEPUTY), experience and education for
// 县处级 (NAT-EXP, NAT-EDU), and zhuzhou's 大专 minimum for new promotions (ZZ15-ST-EDU).
import { describeEducation, describeRequirement, hasEducation, highestEducation } from "../education";
import { rankLabel } from "../labels";
import type { Rank } from "../model/enums";
import type { Check } from "../model/results";
import { formatDateLong } from "../util/dates";
import type { CandidateContext } from "./context";
import { makeCheck, maxAgeCheck, on } from "./context";
import { d20EducationCheck, natEducationCheck } from "./pool-tier-rules";
import { daysInYearsBefore, fullYearsSince, servedDays, yearsLabel } from "./service";
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
  const f = ctx.facts;
  const rule = `由${rankLabel[step.from]}提任${rankLabel[rank]}，应在${rankLabel[step.from]}岗位工作${n}年以上`;
  let ok = false;
  let detail: string;
  if (f.rank !== step.from) detail = `该同志现任${f.rank ? rankLabel[f.rank] : "（未录入）"}，须按破格提拔程序办理`;
  else if (!f.rankSince) detail = "未录入任现职级时间";
  else {
    ok = fullYearsSince(f.rankSince, ctx.asOf, n);
    detail = `该同志自${formatDateLong(f.rankSince)}任${rankLabel[step.from]}`;
  }
  return [
    makeCheck(ctx, "NAT-STEP-DEPUTY", ok, `${rule}，${detail}${ctx.asOfNote}`, {
      fromRank: step.from,
      minYears: n,
      rank: f.rank ?? null,
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
  const days = servedDays(grassroots, ctx.asOf);
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
      days >= daysInYearsBefore(ctx.asOf, p.divisionMinGrassrootsYears),
      `一般应具有${p.divisionMinGrassrootsYears}年以上基层工作经历，该同志累计约${yearsLabel(days)}年`,
      { minYears: p.divisionMinGrassrootsYears, grassrootsDays: days },
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

export function promotionChecks(ctx: CandidateContext, rank: PromotionRank): Check[] {
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
