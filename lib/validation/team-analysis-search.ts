// The query string of the 班子分析 list: ?asOf=&type=&flag=&sort=&desc=1&page=.
import { z } from "zod";
import { UnitType } from "@/lib/domain/enums";
import { FLAG_KINDS } from "@/lib/labels/team-analysis";
import { dayParam, enumParam, flagParam, intParam } from "./search-params";

export const TEAM_SORTS = ["unit", "flags", "averageAge", "leaving", "vacancies", "yearsInPost"] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];

export const teamAnalysisParams = z.object({
  asOf: dayParam(),
  type: enumParam(Object.values(UnitType)),
  flag: enumParam(FLAG_KINDS),
  sort: enumParam(TEAM_SORTS),
  desc: flagParam(),
  page: intParam(1, 1_000_000).transform((p) => p ?? 1),
});
