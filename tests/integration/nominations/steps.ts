// Drives a nomination through the procedure the way the page does: with the stage and version
// the user sees, and each step's data.
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { day } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { advanceNomination } from "@/lib/server/nominations";
import { advanceSchema, type AdvanceInput } from "@/lib/validation/nominations";
import { current } from "./world";

type Target = AdvanceInput["to"];

export const STEP_INPUT: Record<Target, Record<string, unknown>> = {
  RECOMMENDED: { note: "民主推荐程序规范，结果有效" },
  INVESTIGATED: {
    investigatedOn: "2026-09-18",
    investigators: "王强、赵丽",
    findings: "个别谈话23人，未发现影响使用的问题",
    evaluation: "政治坚定，工作扎实，群众公认",
  },
  DELIBERATED: { notes: "经与分管领导、纪委监委酝酿，无不同意见" },
  DECIDED: {
    meetingDate: "2026-11-12",
    meetingName: "区委常委会2026年第30次会议",
    decision: "同意列入副处级年轻干部",
    membersExpected: 11,
    membersPresent: 10,
    votesFor: 9,
    votesAgainst: 0,
    votesAbstain: 1,
  },
  PUBLICIZED: { publicityStart: "2026-11-19", channel: "青禾区人民政府网站" },
  APPOINTED: { effectiveDate: "2026-11-26", documentNo: "青组〔2026〕31号" },
};

/** When each step is taken in the happy path (the clock the server is given). */
export const STEP_DAY: Record<Target, Date> = {
  RECOMMENDED: day(2026, 9, 5),
  INVESTIGATED: day(2026, 9, 20),
  DELIBERATED: day(2026, 10, 10),
  DECIDED: day(2026, 11, 12),
  PUBLICIZED: day(2026, 11, 12),
  APPOINTED: day(2026, 11, 26),
};

export async function advance(
  actor: Actor,
  id: string,
  to: Target,
  opts: { today?: Date; data?: Record<string, unknown>; from?: NominationStage; version?: number } = {},
) {
  const n = await current(id);
  const input = advanceSchema.parse({
    id,
    version: opts.version ?? n.version,
    from: opts.from ?? n.stage,
    to,
    ...STEP_INPUT[to],
    ...opts.data,
  });
  return advanceNomination(actor, input, { today: opts.today ?? STEP_DAY[to] });
}

export const ORDER: Target[] = ["RECOMMENDED", "INVESTIGATED", "DELIBERATED", "DECIDED", "PUBLICIZED", "APPOINTED"];

/** Takes a nomination through the steps up to and including `last`. */
export async function advanceThrough(actor: Actor, id: string, last: Target) {
  for (const to of ORDER) {
    await advance(actor, id, to);
    if (to === last) return;
  }
}
