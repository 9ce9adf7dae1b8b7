// 民主推荐 result: method, ballots issued / valid, votes received, date. Valid ≤ issued and
// votes ≤ valid are checked here, beside the field that is wrong.
import { z } from "zod";
import { RecommendationMethod } from "@/lib/domain/enums";
import { countField, dayField } from "./fields";

export const recommendationShape = {
  method: z.enum(RecommendationMethod, { error: "请选择推荐方式" }),
  ballotsIssued: countField("发出票数", 1),
  ballotsValid: countField("有效票数", 0),
  votesReceived: countField("得票数", 0),
  recommendedOn: dayField("请填写推荐日期"),
};

interface Ballots {
  ballotsIssued: number;
  ballotsValid: number;
  votesReceived: number;
}

/** Adds the ballot arithmetic to an object schema holding recommendationShape. */
export function refineBallots(v: Ballots, ctx: z.RefinementCtx): void {
  if (v.ballotsValid > v.ballotsIssued)
    ctx.addIssue({
      code: "custom",
      path: ["ballotsValid"],
      message: `有效票数（${v.ballotsValid}）不能多于发出票数（${v.ballotsIssued}）`,
    });
  if (v.votesReceived > v.ballotsValid)
    ctx.addIssue({
      code: "custom",
      path: ["votesReceived"],
      message: `得票数（${v.votesReceived}）不能多于有效票数（${v.ballotsValid}）`,
    });
}

export const renewRecommendationSchema = z
  .object({ id: z.string().min(1), version: z.coerce.number().int().min(1), ...recommendationShape })
  .superRefine(refineBallots);

export type RenewRecommendationInput = z.infer<typeof renewRecommendationSchema>;
