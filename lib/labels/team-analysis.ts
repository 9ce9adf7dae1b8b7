// The Chinese names of the 班子分析 flags, their severities and the list's sort keys.
import type { FlagKind, FlagSeverity } from "@/lib/rules";

export const FLAG_KINDS: readonly FlagKind[] = [
  "NO_ABOUT_40",
  "TURNOVER",
  "ROTATION_DUE",
  "SANCTION",
  "VACANCY",
  "OVER_ESTABLISHMENT",
];

export const teamFlagLabel: Record<FlagKind, string> = {
  NO_ABOUT_40: "无40岁左右干部",
  TURNOVER: "三年内集中离任",
  ROTATION_DUE: "到期应交流",
  SANCTION: "处分影响期内",
  VACANCY: "职位空缺",
  OVER_ESTABLISHMENT: "超职数配备",
};

export const flagSeverityLabel: Record<FlagSeverity, string> = {
  hard: "须整改",
  soft: "预警",
  info: "提示",
};

export const flagSeverityTone: Record<FlagSeverity, "bad" | "warn" | "info"> = {
  hard: "bad",
  soft: "warn",
  info: "info",
};

/** shape cue beside the colour: never colour alone */
export const flagSeverityMark: Record<FlagSeverity, string> = { hard: "✕", soft: "!", info: "i" };

export const teamSortLabel = {
  unit: "单位顺序",
  flags: "预警严重程度",
  averageAge: "平均年龄",
  leaving: "三年内离任人数",
  vacancies: "空缺职位数",
  yearsInPost: "平均任职年限",
} as const;
