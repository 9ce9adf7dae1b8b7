// The query strings of the 培训与实践 pages: the list filters and the training page's cadre
// picker (?unit=&pool=&rank=&q=&sort=&size=&page=). See ../search-params.ts.
import { z } from "zod";
import { PoolTier, PracticeKind, Rank, TalkKind, TrainingKind } from "@/lib/domain/enums";
import { enumParam, idParam, intParam, textParam } from "../search-params";

/** ?year=&kind= of the training list: a year from ten back to two ahead. */
export const trainingListParams = (thisYear: number) =>
  z.object({ year: intParam(thisYear - 10, thisYear + 2), kind: enumParam(Object.values(TrainingKind)) });

/** ?year=&kind= of the talk list: a year from ten back to this one. */
export const talkListParams = (thisYear: number) =>
  z.object({ year: intParam(thisYear - 10, thisYear), kind: enumParam(Object.values(TalkKind)) });

export const practiceListParams = z.object({
  kind: enumParam(Object.values(PracticeKind)),
  status: enumParam(["ACTIVE", "ENDED"] as const),
});

/** ?entry= of the new-plan page: the pool entry the plan is for. */
export const newPlanParams = z.object({ entry: idParam() });

export const pickerParams = z
  .object({
    unit: idParam(),
    pool: enumParam(["POOL", ...Object.values(PoolTier)] as const),
    rank: enumParam(Object.values(Rank)),
    q: textParam(20),
    sort: enumParam(["name", "need"] as const),
    size: intParam(1, 200),
    page: intParam(1, 100_000),
  })
  .transform((p) => ({
    unitId: p.unit,
    pool: p.pool,
    rank: p.rank,
    q: p.q,
    sort: p.sort ?? "name",
    pageSize: p.size ?? 20,
    page: p.page ?? 1,
  }));
