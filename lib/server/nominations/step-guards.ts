import "server-only";
// What each step checks and records before the nomination may enter it. Each guard returns
// the nomination fields to set and the event data to store; a failed check throws a Chinese
// message that names the rule (ZZ15-EXCL, ZZ15-REC-VALID, NAT-PUBLICITY).
import type { Nomination, Prisma } from "@/lib/generated/prisma/client";
import { formatDateLong } from "@/lib/format/dates";
import {
  addDays,
  decisionVote,
  isoDay,
  profilePublicityEnd,
  publicityWorkingDays,
  recommendationCheck,
  ruleOn,
  toDay,
  type ResolvedProfile,
  type WorkingDayCalendar,
} from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { AdvanceInput } from "@/lib/validation/nominations";
import { appointFromNomination } from "./appoint";
import { withheldFor } from "@/lib/server/authz/labels";
import { checkNominee, checkSummary, describeFailures } from "./check-nominee";
import { FieldError } from "@/lib/errors/field-errors";
import { objectionsOf, stepData } from "@/lib/nominations/events";

export interface StepContext<I extends AdvanceInput = AdvanceInput> {
  tx: Prisma.TransactionClient;
  actor: Actor;
  n: Nomination;
  input: I;
  profile: ResolvedProfile;
  calendar: WorkingDayCalendar;
  today: Date;
}

export interface StepOutcome {
  patch: Prisma.NominationUncheckedUpdateManyInput;
  data: Record<string, unknown>;
  created?: Record<string, string>;
}

type Step<T extends AdvanceInput["to"]> = (ctx: StepContext<Extract<AdvanceInput, { to: T }>>) => Promise<StepOutcome>;

function notAfterToday(field: string, value: Date, today: Date, what: string): void {
  if (value.getTime() > today.getTime()) throw new FieldError(field, `${what}不能晚于今天（${formatDateLong(today)}）`);
}

/** The procedure's dates follow its order: a step is not dated before the one it rests on. */
function notBefore(field: string, value: Date, earlier: Date | null, what: string, earlierWhat: string): void {
  if (earlier && value.getTime() < earlier.getTime())
    throw new FieldError(field, `${what}不能早于${earlierWhat}（${formatDateLong(earlier)}）`);
}

/** The step's own fields, without the id/version/from/to every request carries (the event has its stages). */
function stripCommon<I extends { id: string; version: number; from: string; to: string }>(
  input: I,
): Omit<I, "id" | "version" | "from" | "to"> {
  const rest: Record<string, unknown> = { ...input };
  for (const k of ["id", "version", "from", "to"]) delete rest[k];
  return rest as Omit<I, "id" | "version" | "from" | "to">;
}

const recommended: Step<"RECOMMENDED"> = async ({ n, input }) => {
  if (!n.method || n.ballotsIssued == null || n.ballotsValid == null || n.votesReceived == null || !n.recommendedOn) {
    throw new UserFacingError("尚未录入民主推荐结果（推荐方式、票数、日期），请先“录入民主推荐结果”");
  }
  return {
    patch: {},
    data: {
      ...stripCommon(input),
      method: n.method,
      ballotsIssued: n.ballotsIssued,
      ballotsValid: n.ballotsValid,
      votesReceived: n.votesReceived,
      recommendedOn: isoDay(n.recommendedOn),
    },
  };
};

// 考察: the 考察对象 exclusions (ZZ15-EXCL) and the tier's conditions are evaluated again, on
// today's records; a hard failure means the cadre may not be investigated.
const investigated: Step<"INVESTIGATED"> = async ({ actor, n, input, today }) => {
  if (input.investigatedOn) {
    const on = toDay(input.investigatedOn);
    notAfterToday("investigatedOn", on, today, "考察结束日期");
    notBefore("investigatedOn", on, n.recommendedOn, "考察结束日期", "民主推荐日期");
  }
  const check = await checkNominee(n.cadreId, n.tier, today);
  if (!check.eligible)
    throw new UserFacingError(`不得列为考察对象：${describeFailures(check, "hard", withheldFor(actor))}`);
  return { patch: {}, data: { ...stripCommon(input), checks: checkSummary(check) } };
};

/** NAT-VOTE on the recorded 应到/实到 and counts: no quorum or no majority blocks the step. */
function requireVote(
  input: {
    membersExpected?: number;
    membersPresent?: number;
    votesFor?: number;
    votesAgainst?: number;
    votesAbstain?: number;
  },
  profile: ResolvedProfile,
): void {
  if (input.membersExpected == null || input.membersPresent == null) return;
  const v = decisionVote(
    {
      expected: input.membersExpected,
      present: input.membersPresent,
      votesFor: input.votesFor ?? 0,
      votesAgainst: input.votesAgainst ?? 0,
      votesAbstain: input.votesAbstain ?? 0,
    },
    profile,
  );
  if (v.outcome !== "PASSED")
    throw new FieldError(v.quorum ? "votesFor" : "membersPresent", `${v.message}（${v.ruleId}）`);
}

// 酝酿: a vote is recorded only when a meeting deliberated (lib/server/meetings); then NAT-VOTE applies.
const deliberated: Step<"DELIBERATED"> = async ({ input, profile }) => {
  requireVote(input, profile);
  return { patch: {}, data: stripCommon(input) };
};

// 讨论决定: the 民主推荐 must still be valid on the day of the meeting (ZZ15-REC-VALID), and the
// meeting must have had its quorum and majority (NAT-VOTE).
const decided: Step<"DECIDED"> = async ({ tx, n, input, profile, today }) => {
  const meeting = toDay(input.meetingDate);
  notAfterToday("meetingDate", meeting, today, "会议日期");
  if (!n.recommendedOn) throw new UserFacingError("尚未录入民主推荐结果，不能提交讨论决定");
  // A meeting dated before the recommendation or the 考察 it decides on is a typing error, not
  // an expired recommendation: say so plainly.
  notBefore("meetingDate", meeting, n.recommendedOn, "会议日期", "民主推荐日期");
  const events = await tx.nominationEvent.findMany({ where: { nominationId: n.id }, orderBy: { occurredAt: "asc" } });
  const investigatedOn = stepData(events, "INVESTIGATED")?.investigatedOn;
  if (typeof investigatedOn === "string")
    notBefore("meetingDate", meeting, toDay(investigatedOn), "会议日期", "考察结束日期");
  if (ruleOn(profile, "ZZ15-REC-VALID")) {
    const c = recommendationCheck(n.recommendedOn, profile, meeting);
    if (!c.passed) throw new UserFacingError(`${c.message}（ZZ15-REC-VALID）。请先“更新民主推荐结果”后再提交讨论决定`);
  }
  requireVote(input, profile);
  return { patch: {}, data: stripCommon(input) };
};

// 公示: the end is computed, never typed — at least five working days on the calendar.
const publicized: Step<"PUBLICIZED"> = async ({ tx, n, input, profile, calendar }) => {
  const start = toDay(input.publicityStart);
  const events = await tx.nominationEvent.findMany({ where: { nominationId: n.id }, orderBy: { occurredAt: "asc" } });
  const meeting = stepData(events, "DECIDED")?.meetingDate;
  if (typeof meeting === "string" && start.getTime() < toDay(meeting).getTime()) {
    throw new FieldError(
      "publicityStart",
      `公示开始日期不能早于讨论决定的会议日期（${formatDateLong(toDay(meeting))}）`,
    );
  }
  const workingDays = publicityWorkingDays(profile);
  const end = profilePublicityEnd(start, profile, calendar);
  return {
    patch: { publicityStart: start, publicityEnd: end },
    data: { ...stripCommon(input), publicityEnd: isoDay(end), workingDays },
  };
};

// 任职: only after the publicity period has run out and every objection was resolved; the
// pool entry is created in the same transaction.
const appointed: Step<"APPOINTED"> = async ({ tx, actor, n, input, today }) => {
  if (!n.publicityStart || !n.publicityEnd) throw new UserFacingError("尚无公示记录，不能办理任职");
  const end = n.publicityEnd;
  if (today.getTime() <= end.getTime()) {
    throw new UserFacingError(
      `公示期至${formatDateLong(end)}，期满后（${formatDateLong(addDays(end, 1))}起）方可办理任职（NAT-PUBLICITY）`,
    );
  }
  const events = await tx.nominationEvent.findMany({ where: { nominationId: n.id }, orderBy: { occurredAt: "asc" } });
  const open = objectionsOf(events).filter((o) => o.resolution === null);
  if (open.length) throw new UserFacingError(`公示期间收到的${open.length}件反映尚未核查办结，请先办结后再办理任职`);
  const effective = toDay(input.effectiveDate);
  if (effective.getTime() <= end.getTime())
    throw new FieldError("effectiveDate", `任职（入库）日期应在公示期满（${formatDateLong(end)}）之后`);
  notAfterToday("effectiveDate", effective, today, "任职（入库）日期");
  const entry = await appointFromNomination(tx, actor, n, effective);
  return {
    patch: { closedAt: new Date() },
    data: { ...stripCommon(input), poolEntryId: entry.id },
    created: { poolEntry: entry.id },
  };
};

export const STEP_GUARDS: { [T in AdvanceInput["to"]]: Step<T> } = {
  RECOMMENDED: recommended,
  INVESTIGATED: investigated,
  DELIBERATED: deliberated,
  DECIDED: decided,
  PUBLICIZED: publicized,
  APPOINTED: appointed,
};
