// Pool tiers of district-2020 (正处/副处/科级): age limits (D20-AGE-*), the soft education
// rule (D20-EDU) and, for division tiers, the regulation's education rule (NAT-EDU).
import { describeEducation, describeRequirement, hasEducation, highestEducation } from "../education";
import { poolTierLabel } from "../labels";
import type { PoolTier } from "../model/enums";
import type { Check } from "../model/results";
import { aboutCeiling } from "../util/tolerance";
import type { CandidateContext } from "./context";
import { makeCheck, maxAgeCheck, on } from "./context";
import { tierFitChecks } from "./tier-fit";

export function d20EducationCheck(ctx: CandidateContext): Check[] {
  if (!on(ctx, "D20-EDU")) return [];
  const { minLevel, fullTimeOnly } = ctx.params.d20.education;
  const edu = ctx.facts.education;
  const ok = hasEducation(edu, minLevel, { fullTimeOnly }, ctx.asOf);
  const ft = highestEducation(edu, { fullTimeOnly: true }, ctx.asOf);
  const any = highestEducation(edu, {}, ctx.asOf);
  const has =
    any && any !== ft
      ? `${ft ? `全日制最高为${describeEducation(ft)}` : "无全日制学历记录"}，最高学历为${describeEducation(any)}`
      : `最高学历为${describeEducation(ft ?? any)}`;
  return [
    makeCheck(ctx, "D20-EDU", ok, `一般应当具有${describeRequirement(minLevel, fullTimeOnly)}，该同志${has}`, {
      required: minLevel,
      fullTimeOnly,
      highestFullTime: ft?.level ?? null,
      highestAny: any?.level ?? null,
    }),
  ];
}

export function natEducationCheck(ctx: CandidateContext): Check[] {
  if (!on(ctx, "NAT-EDU")) return [];
  const min = ctx.params.nat.divisionMinEducation;
  const any = highestEducation(ctx.facts.education, {}, ctx.asOf);
  return [
    makeCheck(
      ctx,
      "NAT-EDU",
      hasEducation(ctx.facts.education, min, {}, ctx.asOf),
      `县处级领导干部一般应当具有${describeRequirement(min, false)}，该同志为${describeEducation(any)}`,
      { required: min, highest: any?.level ?? null },
    ),
  ];
}

export function d20TierChecks(ctx: CandidateContext, tier: PoolTier): Check[] {
  const a = ctx.params.d20.ages;
  const out: Check[] = [...tierFitChecks(ctx, tier)];
  if (tier === "DIVISION_PRINCIPAL" && on(ctx, "D20-AGE-ZC")) {
    out.push(maxAgeCheck(ctx, "D20-AGE-ZC", poolTierLabel[tier], a.divisionPrincipalMax));
  }
  if (tier === "DIVISION_DEPUTY" && on(ctx, "D20-AGE-FC")) {
    out.push(maxAgeCheck(ctx, "D20-AGE-FC", poolTierLabel[tier], a.divisionDeputyMax));
  }
  if (tier === "SECTION" && on(ctx, "D20-AGE-KJ")) {
    const max = aboutCeiling(a.sectionAbout, ctx.params.conventions.aboutTolerance);
    out.push(
      makeCheck(
        ctx,
        "D20-AGE-KJ",
        ctx.age <= max,
        `科级年轻干部年龄应为${a.sectionAbout}岁左右（不超过${max}岁），该同志现年${ctx.age}岁${ctx.asOfNote}`,
        { about: a.sectionAbout, maxAge: max, age: ctx.age },
      ),
    );
  }
  if (tier === "DIVISION_PRINCIPAL" || tier === "DIVISION_DEPUTY" || tier === "SECTION") {
    out.push(...d20EducationCheck(ctx));
  }
  if (tier === "DIVISION_PRINCIPAL" || tier === "DIVISION_DEPUTY") out.push(...natEducationCheck(ctx));
  return out;
}
