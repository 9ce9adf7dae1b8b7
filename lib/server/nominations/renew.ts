import "server-only";
// Records (or renews) the 民主推荐 result. A recommendation is valid for a year (ZZ15-REC-VALID);
// an expired one blocks 讨论决定 until a new recommendation is recorded here.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { formatDateLong } from "@/lib/format/dates";
import { isoDay, toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { RenewRecommendationInput } from "@/lib/validation/nominations";
import { nominationStageLabel } from "@/lib/labels";
import { todayOf, type ClockOptions } from "./clock";
import { commitNominationChange } from "./commit";
import { FieldError } from "@/lib/errors/field-errors";
import { loadForChange } from "./load";

/** A recommendation can be recorded or renewed until the decision is taken. */
export const RENEWABLE_STAGES: NominationStage[] = ["PROPOSED", "RECOMMENDED", "INVESTIGATED", "DELIBERATED"];

export async function renewRecommendation(actor: Actor, input: RenewRecommendationInput, opts: ClockOptions = {}) {
  const today = todayOf(opts);
  return prisma.$transaction((tx) => renewRecommendationIn(tx, actor, input, today));
}

/** The same in the caller's transaction (an online vote's result is written with its session's mark). */
export async function renewRecommendationIn(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: RenewRecommendationInput,
  today: Date,
) {
  const n = await loadForChange(tx, actor, input.id, "transition", { version: input.version });
  if (!RENEWABLE_STAGES.includes(n.stage)) {
    throw new UserFacingError(`该推荐已处于“${nominationStageLabel[n.stage]}”，不能再更新民主推荐结果`);
  }
  const on = toDay(input.recommendedOn);
  if (on.getTime() > today.getTime())
    throw new FieldError("recommendedOn", `推荐日期不能晚于今天（${formatDateLong(today)}）`);
  if (n.recommendedOn && on.getTime() <= n.recommendedOn.getTime()) {
    throw new FieldError("recommendedOn", `新的推荐日期应晚于原推荐日期（${formatDateLong(n.recommendedOn)}）`);
  }
  const previous = n.recommendedOn
    ? {
        method: n.method,
        ballotsIssued: n.ballotsIssued,
        ballotsValid: n.ballotsValid,
        votesReceived: n.votesReceived,
        recommendedOn: isoDay(n.recommendedOn),
      }
    : null;
  return commitNominationChange(tx, actor, n, {
    patch: {
      method: input.method,
      ballotsIssued: input.ballotsIssued,
      ballotsValid: input.ballotsValid,
      votesReceived: input.votesReceived,
      recommendedOn: on,
    },
    event: {
      toStage: n.stage,
      data: {
        kind: "RECOMMENDATION_RENEWED",
        method: input.method,
        ballotsIssued: input.ballotsIssued,
        ballotsValid: input.ballotsValid,
        votesReceived: input.votesReceived,
        recommendedOn: input.recommendedOn,
        previous,
      },
    },
    auditAction: "nomination.recommendation.renew",
  });
}
