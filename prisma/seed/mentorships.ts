// 成长导师制 (WS-MENTOR): new recruits and 选调生 get a mentor from their unit's leaders, with
// quarterly feedback notes; for some the feedback has lapsed for more than half a year.
import type { Prisma } from "../../lib/generated/prisma/client";
import { addMonths, addYears, isBefore, isoDay, weekday } from "../../tests/factories/dates";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person } from "./model";

const NOTES = [
  "交流近期工作情况，指导其熟悉基层工作方法",
  "围绕公文写作进行指导，要求多读多写多改",
  "参与重点项目协调，督促其主动担当",
  "谈心谈话，了解思想动态，鼓励其到信访一线锻炼",
  "点评季度工作总结，指出调研深度不够",
];

export function buildMentorships(ctx: SeedContext, people: Person[]): void {
  const rng = ctx.root.fork("mentorships");
  const recent = addYears(ctx.asOf, -3);
  const mentees = people.filter(
    (p) => p.status === "SERVING" && p.age <= 30 && !isBefore(p.workStartDate, recent) && p.post.kind === "staff",
  );
  for (const mentee of rng.sample(mentees, scaled(ctx, 40))) {
    const u = mentee.unit;
    const mentors = [...u.deputies, ...u.sectionPosts]
      .map((post) => post.holder)
      .filter((h): h is Person => !!h && h !== mentee);
    if (mentors.length === 0) continue;
    const mentor = rng.pick(mentors);
    const start = weekday(addMonths(mentee.workStartDate, rng.int(1, 3)));
    const end = addYears(start, 2);
    const ended = isBefore(end, ctx.asOf);
    const stale = rng.chance(0.15);
    const until = ended ? end : stale ? addMonths(ctx.asOf, -rng.int(7, 10)) : ctx.asOf;
    const feedback: { date: string; note: string }[] = [];
    for (let d = addMonths(start, 3); isBefore(d, until); d = addMonths(d, 3)) {
      if (rng.chance(0.8)) feedback.push({ date: isoDay(weekday(d)), note: rng.pick(NOTES) });
    }
    const row: Prisma.MentorshipCreateManyInput = {
      id: ctx.ids.next("mentorship"),
      menteeId: mentee.id,
      mentorId: mentor.id,
      startDate: start,
      endDate: ended ? end : null,
      feedback,
      lastFeedbackOn: feedback.length ? new Date(`${feedback[feedback.length - 1].date}T00:00:00Z`) : null,
      ...ctx.stamp,
    };
    ctx.rows.mentorships.push(row);
  }
}
