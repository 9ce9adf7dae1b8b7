import type { StaffingMoveKind, StaffingPlanStatus } from "@/lib/domain/enums";

// 模拟调配: the status of a plan and the kinds of its moves.
export const staffingPlanStatusLabel: Record<StaffingPlanStatus, string> = {
  DRAFT: "草稿",
  CONVERTED: "已转为动议",
  ARCHIVED: "已归档",
};

export const staffingMoveKindLabel: Record<StaffingMoveKind, string> = {
  PLACE: "拟任",
  SWAP: "对调",
  EXIT: "免职",
};
