// What every candidate rule receives, computed once per evaluation (age, the date in Chinese),
// and the one way to build a check so that severity always comes from the profile.
import { ageOn } from "../age";
import type { CadreFacts } from "../model/cadre-facts";
import type { Grade, Rank, UnitType } from "../model/enums";
import type { Check, CheckValue } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { PolicyParams } from "../profiles/params";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { ruleCheck } from "../util/check";
import { formatDateLong, isActiveOn } from "../util/dates";
import { gradeOn, rankOn } from "./rank-history";

export interface CandidateContext {
  facts: CadreFacts;
  profile: ResolvedProfile;
  params: PolicyParams;
  asOf: Date;
  age: number;
  /** 职务层次 and 职级 held on asOf, from the history (rank-history.ts), not today's values */
  rank: Rank | null;
  grade: Grade | null;
  /** type of the unit served in on asOf (the latest appointment active then), else today's */
  unitType: UnitType | null;
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
    rank: rankOn(facts, asOf),
    grade: gradeOn(facts, asOf),
    unitType: unitTypeOn(facts, asOf),
    asOfNote: `（截至${formatDateLong(asOf)}）`,
  };
}

function unitTypeOn(facts: CadreFacts, asOf: Date): UnitType | null {
  // A post held on asOf that has since ended says where the cadre was then; while it is still
  // open, the cadre's unit (facts.unitType) is today's record of the same thing and prevails.
  let latest: { start: number; type: UnitType } | null = null;
  let open = false;
  for (const a of facts.appointments) {
    if (!isActiveOn(a.startDate, a.endDate, asOf)) continue;
    if (a.endDate == null) open = true;
    else if (!latest || a.startDate.getTime() > latest.start)
      latest = { start: a.startDate.getTime(), type: a.unitType };
  }
  return open || !latest ? (facts.unitType ?? null) : latest.type;
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

/** 不适用: the target cannot apply to this cadre; the message says why (see Check.notApplicable). */
export function notApplicableCheck(
  ctx: CandidateContext,
  ruleId: RuleId,
  message: string,
  values: Record<string, CheckValue> = {},
): Check {
  return { ...makeCheck(ctx, ruleId, false, message, values), severity: "hard", notApplicable: true };
}
