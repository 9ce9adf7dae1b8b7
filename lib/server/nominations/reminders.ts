import "server-only";
// The organization department's reminders: what waits at each step, publicity periods still
// running that end within three working days, periods already over and waiting for 任职 (a list
// of their own: an ended period is work to finish, not one "about to end"), and recommendations that
// expire within 30 days or already have (ZZ15-REC-VALID), while the decision is still ahead.
import type { NominationStage } from "@/lib/generated/prisma/enums";
import { addDays, publicityEnd, recommendationValidUntil, type WorkingDayCalendar } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { nominationScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { loadWorkingDayCalendar } from "./calendar";
import { OPEN_STAGES } from "./load";
import { todayInChina } from "@/lib/format/dates";
import { RENEWABLE_STAGES } from "./renew";

export const PUBLICITY_HORIZON_WORKING_DAYS = 3;
export const RECOMMENDATION_HORIZON_DAYS = 30;

const ITEM = {
  id: true,
  stage: true,
  updatedAt: true,
  recommendedOn: true,
  publicityEnd: true,
  returnedComment: true,
  cadre: { select: { id: true, name: true } },
  unit: { select: { name: true } },
} as const;

const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

export interface ReminderItem {
  id: string;
  cadreId: string;
  cadreName: string;
  unitName: string;
  stage: NominationStage;
  /** the date the reminder is about: the publicity end or the recommendation's last valid day */
  date: Date;
  /** days from today to `date`; negative when past */
  daysLeft: number;
}

export interface NominationReminders {
  waiting: { stage: NominationStage; count: number; returned: number; oldestDays: number }[];
  /** running publicity periods ending today or within the horizon */
  publicityEnding: ReminderItem[];
  /** periods that have ended; the nomination waits for 任职 */
  publicityOver: ReminderItem[];
  recommendationsExpiring: ReminderItem[];
  horizon: { publicityUntil: Date; recommendationUntil: Date };
}

/** The last day of the next `n` working days after today. */
export function workingDaysAhead(today: Date, n: number, calendar: WorkingDayCalendar): Date {
  return publicityEnd(addDays(today, 1), n, calendar);
}

export async function getNominationReminders(actor: Actor, today: Date): Promise<NominationReminders> {
  const [{ profile }, calendar, open] = await Promise.all([
    getActiveProfile(),
    loadWorkingDayCalendar(),
    prisma.nomination.findMany({
      where: { AND: [nominationScope(actor, "read"), { stage: { in: OPEN_STAGES } }] },
      select: ITEM,
    }),
  ]);
  const item = (n: (typeof open)[number], date: Date): ReminderItem => ({
    id: n.id,
    cadreId: n.cadre.id,
    cadreName: n.cadre.name,
    unitName: n.unit.name,
    stage: n.stage,
    date,
    daysLeft: daysBetween(today, date),
  });
  const waiting = OPEN_STAGES.map((stage) => {
    const at = open.filter((n) => n.stage === stage);
    const oldest = at.reduce<Date | null>((m, n) => (!m || n.updatedAt < m ? n.updatedAt : m), null);
    return {
      stage,
      count: at.length,
      returned: at.filter((n) => n.returnedComment).length,
      oldestDays: oldest ? Math.max(0, daysBetween(todayInChina(oldest), today)) : 0,
    };
  });
  const publicityUntil = workingDaysAhead(today, PUBLICITY_HORIZON_WORKING_DAYS, calendar);
  const publicized = open
    .filter((n) => n.stage === "PUBLICIZED" && n.publicityEnd)
    .map((n) => item(n, n.publicityEnd!))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const publicityEnding = publicized.filter((i) => i.daysLeft >= 0 && i.date.getTime() <= publicityUntil.getTime());
  const publicityOver = publicized.filter((i) => i.daysLeft < 0);
  const recommendationUntil = addDays(today, RECOMMENDATION_HORIZON_DAYS);
  const recommendationsExpiring = open
    .filter((n) => n.recommendedOn && RENEWABLE_STAGES.includes(n.stage))
    .map((n) => item(n, recommendationValidUntil(n.recommendedOn!, profile)))
    .filter((r) => r.date.getTime() <= recommendationUntil.getTime())
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  return {
    waiting,
    publicityEnding,
    publicityOver,
    recommendationsExpiring,
    horizon: { publicityUntil, recommendationUntil },
  };
}
