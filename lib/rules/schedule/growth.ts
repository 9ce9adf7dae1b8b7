// 一人一策 development plans (WS-PLAN) and mentors' follow-up (WS-MENTOR).
import type { Check } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import { ruleCheck } from "../util/check";
import { addMonths, formatDateLong, isActiveOn } from "../util/dates";

export interface PlanFact {
  id: string;
  goals: readonly { dueOn?: Date | null; doneOn?: Date | null }[];
  closedAt?: Date | null;
}

export function developmentPlanCheck(plans: readonly PlanFact[], profile: ResolvedProfile, asOf: Date): Check {
  const open = plans.filter((p) => p.closedAt == null || p.closedAt.getTime() > asOf.getTime());
  const overdue = open
    .flatMap((p) => p.goals)
    .filter((g) => g.dueOn && g.dueOn.getTime() < asOf.getTime() && !g.doneOn).length;
  const ok = open.length > 0 && overdue === 0;
  const why =
    open.length === 0
      ? "尚未制定“一人一策”培养计划"
      : overdue
        ? `有${overdue}项阶段目标逾期未完成`
        : "“一人一策”培养计划正常推进";
  return ruleCheck(profile, "WS-PLAN", ok, why, { openPlans: open.length, overdueGoals: overdue });
}

export interface MentorshipFact {
  id: string;
  menteeId: string;
  mentorId: string;
  startDate: Date;
  endDate?: Date | null;
  lastFeedbackOn?: Date | null;
}

export interface MentorFollowUp {
  mentorshipId: string;
  menteeId: string;
  mentorId: string;
  ruleId: "WS-MENTOR";
  /** feedback was due by this day */
  dueOn: Date;
  message: string;
}

/** Active mentorships with no feedback for the profile's interval (6 months by default). */
export function mentorshipFollowUp(
  mentorships: readonly MentorshipFact[],
  profile: ResolvedProfile,
  asOf: Date,
): MentorFollowUp[] {
  const months = profile.params.ws.mentorFeedbackMonths;
  const out: MentorFollowUp[] = [];
  for (const m of mentorships) {
    if (!isActiveOn(m.startDate, m.endDate, asOf)) continue;
    const base = m.lastFeedbackOn ?? m.startDate;
    const dueOn = addMonths(base, months);
    if (dueOn.getTime() > asOf.getTime()) continue;
    const since = m.lastFeedbackOn
      ? `上次反馈于${formatDateLong(m.lastFeedbackOn)}`
      : `${formatDateLong(m.startDate)}结对后无反馈`;
    out.push({
      mentorshipId: m.id,
      menteeId: m.menteeId,
      mentorId: m.mentorId,
      ruleId: "WS-MENTOR",
      dueOn,
      message: `导师帮带应定期反馈（每${months}个月），${since}`,
    });
  }
  return out;
}
