// A session's state as staff read it (pure; the clock is passed in). A unit's request waits for
// the organization department before anything else (approvedAt null until then).
export interface SessionStateInput {
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  approvedAt?: Date | null;
  declinedReason?: string | null;
}

export function sessionState(s: SessionStateInput, now: Date): string {
  if (s.declinedReason) return "组织部未同意";
  if (s.approvedAt === null) return "待组织部审核";
  if (s.closedAt) return "已结束";
  if (now < s.opensAt) return "未开始";
  if (now >= s.closesAt) return "已过截止时间，待结束";
  return "投票中";
}
