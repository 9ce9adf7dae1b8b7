// The Chinese text of the meeting enums (酝酿 and 讨论决定 meetings, docs/nominations.md).
import type { MeetingItemResult, MeetingKind, MeetingPurpose, MeetingStatus, VoteChoice } from "@/lib/domain/enums";

export const meetingKindLabel: Record<MeetingKind, string> = {
  DEPARTMENT_MEETING: "部务会",
  STANDING_COMMITTEE: "常委会",
};

export const meetingPurposeLabel: Record<MeetingPurpose, string> = {
  DELIBERATION: "酝酿",
  DECISION: "讨论决定",
};

export const meetingStatusLabel: Record<MeetingStatus, string> = {
  DRAFT: "待召开",
  HELD: "已召开",
};

export const meetingItemResultLabel: Record<MeetingItemResult, string> = {
  PENDING: "待表决",
  PASSED: "通过",
  NOT_PASSED: "未通过",
  NO_QUORUM: "未达到法定人数",
};

export const voteChoiceLabel: Record<VoteChoice, string> = {
  FOR: "同意",
  AGAINST: "不同意",
  ABSTAIN: "弃权",
};
