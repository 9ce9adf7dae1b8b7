// The lines of the reminders page and its export: what is due, for whom, under which rule,
// and where to fix it.
import type { RuleId } from "@/lib/rules";

export const REMINDER_CATEGORIES = [
  "POLITICAL_TRAINING",
  "TRAINING_HOURS",
  "KJ_SPECIAL_TRAINING",
  "POSTING_END",
  "POSTING_ASSESSMENT",
  "PLAN_OVERDUE",
  "MENTOR_FEEDBACK",
] as const;
export type ReminderCategory = (typeof REMINDER_CATEGORIES)[number];

export const reminderCategoryLabel: Record<ReminderCategory, string> = {
  POLITICAL_TRAINING: "脱产政治训练逾期（3年内无1周以上脱产培训）",
  TRAINING_HOURS: "年度集中培训学时不足",
  KJ_SPECIAL_TRAINING: "科级年轻干部本年度未参加专门培训",
  POSTING_END: "实践锻炼60天内期满或已逾期",
  POSTING_ASSESSMENT: "墩苗专项考核60天内到期或已逾期",
  PLAN_OVERDUE: "培养计划有逾期目标",
  MENTOR_FEEDBACK: "导师超过6个月未反馈",
};

export const REMINDER_RULE: Record<ReminderCategory, RuleId | null> = {
  POLITICAL_TRAINING: "WS-POLITICAL-TRAINING",
  TRAINING_HOURS: "WS-TRAIN-HOURS",
  KJ_SPECIAL_TRAINING: "D20-TRAIN-KJ",
  POSTING_END: null,
  POSTING_ASSESSMENT: "SX-DOWN-REVIEW",
  PLAN_OVERDUE: "WS-PLAN",
  MENTOR_FEEDBACK: "WS-MENTOR",
};

export interface ReminderLine {
  category: ReminderCategory;
  ruleId: RuleId | null;
  cadreId: string;
  cadreName: string;
  unitName: string;
  /** the rule's message, with the numbers */
  detail: string;
  /** by when it was (or is) due, if the rule says */
  dueOn: Date | null;
  /** the record to fix it */
  href: string;
  /** the record's id (posting, plan, mentorship) or the cadre's */
  recordId: string;
}

export interface Reminders {
  asOf: Date;
  lines: ReminderLine[];
  /** rules added to the active profile for this page, and rules it switches off */
  addedRules: RuleId[];
  disabledRules: RuleId[];
  profileName: string;
}
