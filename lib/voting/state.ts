// A session's state as staff read it (pure; the clock is passed in).
export function sessionState(s: { opensAt: Date; closesAt: Date; closedAt: Date | null }, now: Date): string {
  if (s.closedAt) return "已结束";
  if (now < s.opensAt) return "未开始";
  if (now >= s.closesAt) return "已过截止时间，待结束";
  return "投票中";
}
