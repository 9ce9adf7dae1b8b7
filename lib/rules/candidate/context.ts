// What every candidate rule receives, computed once per evaluation (age, the date in Chinese),
// and the one way to build a check so that severity always comes from the profile.
import { ageOn } from "../age";
import type { CadreFacts } from "../model/cadre-facts";
import type { Check, CheckValue } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { PolicyParams } from "../profiles/params";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { ruleCheck } from "../util/check";
import { formatDateLong } from "../util/dates";

export interface CandidateContext {
  facts: CadreFacts;
  profile: ResolvedProfile;
  params: PolicyParams;
  asOf: Date;
  age: number;
  /** "（截至2026年6月30日）" */
  asOfNote: string;
}

export function makeContext(facts: CadreFacts, profile: ResolvedProfile, asOf: Date): CandidateContext {
  return {
    facts,
    profile,
    params: profile.params,
    asOf,
    age: ageOn(facts.birthDate, asOf),
    asOfNote: `（截至${formatDateLong(asOf)}）`,
  };
}

export function on(ctx: CandidateContext, ruleId: RuleId): boolean {
  return ruleOn(ctx.profile, ruleId);
}

export function makeCheck(
  ctx: CandidateContext,
  ruleId: RuleId,
  passed: boolean,
  message: string,
  values: Record<string, CheckValue> = {},
): Check {
  return ruleCheck(ctx.profile, ruleId, passed, message, values);
}

/** "年龄应不超过40岁，该同志现年41岁（截至…）" with the standard values. */
export function maxAgeCheck(ctx: CandidateContext, ruleId: RuleId, subject: string, maxAge: number): Check {
  return makeCheck(
    ctx,
    ruleId,
    ctx.age <= maxAge,
    `${subject}年龄应不超过${maxAge}岁，该同志现年${ctx.age}岁${ctx.asOfNote}`,
    { maxAge, age: ctx.age, asOf: ctx.asOf.toISOString().slice(0, 10) },
  );
}
