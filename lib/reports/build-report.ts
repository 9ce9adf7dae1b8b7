// One report of the five from the facts of its date: the tables, titled, dated and scoped, with
// the policy profile they were computed under. Pure.
import { isoDay, unitTypeLabel } from "@/lib/rules";
import { diversityReport } from "./diversity-report";
import type { ReportInput } from "./input";
import { REPORT_TITLES, type ReportKey, type ReportModel, type ReportTable } from "./model";
import { poolReport } from "./pool-report";
import { teamsReport } from "./teams-report";
import { trainingReport } from "./training-report";
import { youngCadresReport } from "./young-cadres-report";

const BUILDERS: Record<ReportKey, (input: ReportInput) => ReportTable[]> = {
  teams: teamsReport,
  "young-cadres": youngCadresReport,
  diversity: diversityReport,
  pool: poolReport,
  training: trainingReport,
};

export function buildReport(key: ReportKey, input: ReportInput): ReportModel {
  return {
    key,
    title: REPORT_TITLES[key],
    asOf: isoDay(input.asOf),
    unitType: input.unitType,
    scopeLabel: input.unitType ? unitTypeLabel[input.unitType] : "全区",
    profile: { key: input.profile.key, name: input.profile.name, version: input.profileVersion },
    tables: BUILDERS[key](input),
  };
}

/** "区委2020年实施意见（district-2020，第3版）" */
export function profileText(m: ReportModel): string {
  return `${m.profile.name}（${m.profile.key}${m.profile.version ? `，第${m.profile.version}版` : ""}）`;
}
