// ZZ15-REC-VALID: a democratic recommendation is valid for one year. The last valid day is the
// day before its anniversary (recommended 2025-03-10 → valid through 2026-03-09).
import type { Check } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { ruleCheck } from "../util/check";
import { addDays, addMonths, formatDateLong } from "../util/dates";

export function recommendationValidUntil(recommendedOn: Date, profile: ResolvedProfile): Date {
  return addDays(addMonths(recommendedOn, profile.params.zz15.recommendationValidMonths), -1);
}

/**
 * A recommendation dated after `asOf` is not yet a result to rely on — but it has not expired
 * either (issue 24 item 5): it fails with a plain "晚于…，请核对推荐日期", never "已过期".
 */
export function recommendationCheck(recommendedOn: Date, profile: ResolvedProfile, asOf: Date): Check {
  const until = recommendationValidUntil(recommendedOn, profile);
  const future = recommendedOn.getTime() > asOf.getTime();
  const ok = until.getTime() >= asOf.getTime() && !future;
  const verdict = future ? `，推荐日期晚于${formatDateLong(asOf)}，请核对推荐日期` : ok ? "" : "，已过期，须重新推荐";
  return ruleCheck(
    profile,
    "ZZ15-REC-VALID",
    ok,
    `民主推荐结果在一年内有效：${formatDateLong(recommendedOn)}推荐，有效期至${formatDateLong(until)}${verdict}`,
    { recommendedOn: recommendedOn.toISOString().slice(0, 10), validUntil: until.toISOString().slice(0, 10) },
  );
}
