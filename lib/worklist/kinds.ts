// The kinds of item on a home page's work list (提醒/待办): the group heading, the rule that
// raises it (null where no rule of RULES.md does), and the menu item whose badge counts it.
import type { RuleId } from "@/lib/rules";

export const WORK_KINDS = [
  "TARGET_UNMET",
  "NOMINATION_STEP",
  "PUBLICITY_ENDING",
  "RECOMMENDATION_EXPIRING",
  "POOL_REVIEW_DUE",
  "POOL_AGING_OUT",
  "RETIRE_THIS_MONTH",
  "RETIRE_NEXT_MONTH",
  "RETIRE_THIS_YEAR",
  "PROBATION_ENDING",
  "TENURE_5",
  "TENURE_8",
  "TENURE_10",
  "TRAINING_BEHIND",
  "NO_ASSESSMENT",
  "NO_POOL_REVIEW",
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkKindInfo {
  label: string;
  /** the rule every item of the kind cites (items may cite a more precise one) */
  ruleId: RuleId | null;
  /** the menu item (NAV_ITEMS href) whose badge counts this kind */
  area: "/dashboard" | "/nominations" | "/pool" | "/cadres" | "/units" | "/training";
  /** data-quality items: a record that should exist does not */
  dataQuality?: boolean;
}

export const WORK_KIND_INFO: Record<WorkKind, WorkKindInfo> = {
  TARGET_UNMET: { label: "配备目标未达标或有风险", ruleId: null, area: "/dashboard" },
  NOMINATION_STEP: { label: "推荐程序各环节待办", ruleId: "ZZ15-PROCESS", area: "/nominations" },
  PUBLICITY_ENDING: { label: "公示3个工作日内期满", ruleId: "NAT-PUBLICITY", area: "/nominations" },
  RECOMMENDATION_EXPIRING: { label: "民主推荐结果30天内失效", ruleId: "ZZ15-REC-VALID", area: "/nominations" },
  POOL_REVIEW_DUE: { label: "在库干部研判到期", ruleId: "D20-REVIEW-ANNUAL", area: "/pool" },
  POOL_AGING_OUT: { label: "12个月内超过所在层级年龄上限", ruleId: null, area: "/pool" },
  RETIRE_THIS_MONTH: { label: "本月达到法定退休年龄", ruleId: null, area: "/cadres" },
  RETIRE_NEXT_MONTH: { label: "下月达到法定退休年龄", ruleId: null, area: "/cadres" },
  RETIRE_THIS_YEAR: { label: "本年内（下月以后）达到法定退休年龄", ruleId: null, area: "/cadres" },
  PROBATION_ENDING: { label: "提任试用期满（一年）", ruleId: "NAT-PROBATION", area: "/cadres" },
  // each item cites ZZ15-ROT-POST or -KEY when the profile has them and the post falls under them
  TENURE_5: { label: "任现职满5年（轮岗交流）", ruleId: null, area: "/units" },
  TENURE_8: { label: "任现职满8年", ruleId: null, area: "/units" },
  TENURE_10: { label: "任现职满10年", ruleId: null, area: "/units" },
  TRAINING_BEHIND: { label: "培训未达要求", ruleId: null, area: "/training" },
  NO_ASSESSMENT: { label: "数据质量：在职干部缺少上一年度考核", ruleId: null, area: "/cadres", dataQuality: true },
  NO_POOL_REVIEW: { label: "数据质量：在库干部缺少上一年度研判", ruleId: null, area: "/pool", dataQuality: true },
};
