import type { TargetStatus } from "@/lib/rules";

// Statuses of a target row (lib/rules TargetRow.status), with the badge tone that goes with it.
export const targetStatusLabel: Record<TargetStatus, string> = {
  MET: "达标",
  NOT_MET: "未达标",
  AT_RISK: "有风险",
  INFO: "仅统计",
};

export const targetStatusTone: Record<TargetStatus, "ok" | "bad" | "warn" | "info"> = {
  MET: "ok",
  NOT_MET: "bad",
  AT_RISK: "warn",
  INFO: "info",
};
