// Rows for the reminder boundary tests, written straight to the database (the rules under test
// read them back through computeReminders). All dates are fixed; asOf is 2026-11-22.
import type { TrainingKind } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/server/db";
import { utc } from "./world";

export const AS_OF = utc("2026-11-22");

export async function attended(
  cadreId: string,
  t: { kind: TrainingKind; start: string; end: string; hours?: number; offJob?: boolean; completed?: boolean },
) {
  const training = await prisma.training.create({
    data: {
      name: `${t.kind}${t.end}`,
      kind: t.kind,
      startDate: utc(t.start),
      endDate: utc(t.end),
      hours: t.hours ?? 40,
      fullTimeOffJob: t.offJob ?? true,
    },
  });
  await prisma.trainingAttendance.create({
    data: { trainingId: training.id, cadreId, completed: t.completed ?? true },
  });
}

export async function posting(
  cadreId: string,
  p: { kind?: "DUNMIAO" | "SECONDMENT"; start: string; plannedEnd?: string; actualEnd?: string; assessedOn?: string },
) {
  return prisma.practice.create({
    data: {
      cadreId,
      kind: p.kind ?? "SECONDMENT",
      hostUnitName: "测试接收单位",
      role: "挂职",
      startDate: utc(p.start),
      plannedEndDate: p.plannedEnd ? utc(p.plannedEnd) : null,
      actualEndDate: p.actualEnd ? utc(p.actualEnd) : null,
      specialAssessedOn: p.assessedOn ? utc(p.assessedOn) : null,
      specialAssessment: p.assessedOn ? "优秀" : null,
    },
  });
}

export async function plan(cadreId: string, dueOn: string, doneOn: string | null = null) {
  return prisma.developmentPlan.create({
    data: {
      cadreId,
      title: "培养计划",
      goals: {
        create: [{ position: 0, stage: "近期", goal: "目标", dueOn: utc(dueOn), doneOn: doneOn ? utc(doneOn) : null }],
      },
    },
  });
}

export async function mentorship(menteeId: string, mentorId: string, start: string, lastFeedbackOn: string | null) {
  return prisma.mentorship.create({
    data: {
      menteeId,
      mentorId,
      startDate: utc(start),
      lastFeedbackOn: lastFeedbackOn ? utc(lastFeedbackOn) : null,
      feedback: lastFeedbackOn ? [{ date: lastFeedbackOn, note: "反馈" }] : [],
    },
  });
}
