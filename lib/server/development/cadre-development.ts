import "server-only";
// One cadre's growth record, for the cadre profile (/cadres/<id>, built by the cadre/pool
// issue): training history with hours per year, postings, mentors, plans and talks, and the
// training compliance of an open pool member. One scoped read of the cadre, then one query
// per relation.
import { todayInChina } from "@/lib/format/dates";
import { trainingCompliance, type TrainingCompliance } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { talkEffect } from "@/lib/validation/development/talk";
import { developmentCadreScope } from "./access";
import { getReminderProfile } from "./growth-profile";
import { openEntryWhere } from "./pool-members";
import { refusedRead } from "@/lib/server/audit";

const PERSON = { select: { id: true, name: true } } as const;

export async function getCadreDevelopment(actor: Actor, cadreId: string, asOf = todayInChina()) {
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, developmentCadreScope(actor, "read")] },
    select: {
      id: true,
      poolEntries: {
        where: openEntryWhere(asOf),
        select: { tier: true, enteredOn: true },
        orderBy: { enteredOn: "asc" },
        take: 1,
      },
      trainingAttendances: {
        where: { training: { archivedAt: null } },
        include: { training: true },
        orderBy: { training: { startDate: "desc" } },
      },
      practices: { orderBy: { startDate: "desc" } },
      mentorshipsAsMentee: { include: { mentor: PERSON }, orderBy: { startDate: "desc" } },
      mentorshipsAsMentor: { include: { mentee: PERSON }, orderBy: { startDate: "desc" } },
      developmentPlans: { orderBy: { createdAt: "desc" } },
      talks: { orderBy: { talkedOn: "desc" } },
    },
  });
  if (!cadre) throw await refusedRead(actor, "Cadre", cadreId, "干部");
  // Completed hours by the year a training ended (all kinds; WS-TRAIN-HOURS leaves online out).
  const hours = new Map<number, number>();
  for (const a of cadre.trainingAttendances) {
    if (!a.completed) continue;
    const y = a.training.endDate.getUTCFullYear();
    hours.set(y, (hours.get(y) ?? 0) + a.training.hours);
  }
  const entry = cadre.poolEntries[0];
  let compliance: TrainingCompliance | null = null;
  if (entry) {
    const { profile } = await getReminderProfile();
    const trainings = cadre.trainingAttendances.map((a) => ({ ...a.training, completed: a.completed }));
    compliance = trainingCompliance(
      { cadreId, tier: entry.tier, enteredOn: entry.enteredOn, trainings },
      profile,
      asOf,
    );
  }
  return {
    trainings: cadre.trainingAttendances.map((a) => ({
      attendanceId: a.id,
      completed: a.completed,
      result: a.result,
      training: a.training,
    })),
    hoursByYear: [...hours.entries()].map(([year, h]) => ({ year, hours: h })).sort((a, b) => b.year - a.year),
    compliance,
    practices: cadre.practices,
    mentors: cadre.mentorshipsAsMentee,
    mentees: cadre.mentorshipsAsMentor,
    plans: cadre.developmentPlans,
    talks: cadre.talks.map((t) => ({ ...t, effect: talkEffect(t) })),
  };
}
