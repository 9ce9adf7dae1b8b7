// A session's state as staff read it (pure; the clock is passed in); a 个别谈话 session is in
// 谈话记录中 where a ballot is 投票中. A unit's request waits for
// the organization department before anything else (approvedAt null until then).
export interface SessionStateInput {
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  approvedAt?: Date | null;
  declinedReason?: string | null;
  /** TALK_RECORD: staff record talks, nobody votes */
  kind?: string;
}

export function sessionState(s: SessionStateInput, now: Date): string {
  if (s.declinedReason) return "组织部未同意";
  if (s.approvedAt === null) return "待组织部审核";
  if (s.closedAt) return "已结束";
  if (now < s.opensAt) return "未开始";
  if (now >= s.closesAt) return "已过截止时间，待结束";
  return s.kind === "TALK_RECORD" ? "谈话记录中" : "投票中";
}
