// ZZ15-PMR (personal-matters reports) and D20-MGMT-RECORD (problems recorded), both applied to
// every target: a false or missing report blocks promotion and pool listing.
import type { Check } from "../model/results";
import type { CandidateContext } from "./context";
import { makeCheck, on } from "./context";

export function pmrCheck(ctx: CandidateContext): Check[] {
  if (!on(ctx, "ZZ15-PMR")) return [];
  const bad = ctx.facts.personalMattersReports.filter((r) => r.falseOrMissing).map((r) => r.year);
  bad.sort((a, b) => a - b);
  return [
    makeCheck(
      ctx,
      "ZZ15-PMR",
      bad.length === 0,
      bad.length
        ? `个人有关事项报告存在不如实填报或隐瞒不报（${bad.map((y) => `${y}年度`).join("、")}），不提拔任用、不列入后备干部名单`
        : "个人有关事项报告经核查未发现不如实填报或隐瞒不报",
      { falseOrMissingYears: bad.join(",") },
    ),
  ];
}

export function managementRecordCheck(ctx: CandidateContext): Check[] {
  if (!on(ctx, "D20-MGMT-RECORD")) return [];
  // A tolerated mistake is not a recorded problem (D20-MGMT-ERROR-TOLERANCE).
  const n = (ctx.facts.talks ?? []).filter((t) => t.problemRecorded && !t.errorTolerated).length;
  return [
    makeCheck(
      ctx,
      "D20-MGMT-RECORD",
      n === 0,
      n ? `有${n}项记录在案的问题（自我设计、攀附钻营、拈轻怕重等），请研判` : "无记录在案的问题",
      { recordedProblems: n },
    ),
  ];
}
