// Parameters of the district-profile settings (DP-*): working rules the organization department
// sets for itself (docs/policy-rules.md). Defaults are the usual practice, to be set per district.
import type { ParamSpec } from "./param-kit";
import { age, ageOrNull, ratio, years } from "./param-kit";

export const DP_PARAMS = {
  team: {
    retirementAgeMale: age(60, "男干部退休年龄（周岁，渐进式延迟退休另行顺延）", "DP-TEAM-TURNOVER"),
    retirementAgeFemale: age(55, "女干部退休年龄（周岁，渐进式延迟退休另行顺延）", "DP-TEAM-TURNOVER"),
    retirementAgeFemaleDivision: age(60, "女性处级干部退休年龄（周岁；高于顺延后年龄的不再顺延）", "DP-TEAM-TURNOVER"),
    principalPostMaxAge: ageOrNull("正职领导职务任职年龄上限（年满即退出，空则不设）", "DP-TEAM-TURNOVER"),
    deputyPostMaxAge: ageOrNull("副职领导职务任职年龄上限（年满即退出，空则不设）", "DP-TEAM-TURNOVER"),
    turnoverYears: years(3, "班子成员离任预警期（年）", "DP-TEAM-TURNOVER"),
    turnoverRatio: ratio(1 / 3, "预警期内离任成员占班子成员比例达到即预警", "DP-TEAM-TURNOVER"),
  },
  pool: {
    readyMinRatio: ratio(1 / 3, "近期可提拔人选占优秀年轻干部比例不低于", "DP-POOL-READY"),
  },
} satisfies ParamSpec;
