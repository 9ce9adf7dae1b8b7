import "server-only";
// Training facts for many cadres in one query (the reminders and the picker's "by training
// need" order), without loading everything else loadCadreFacts reads. Archived events do not
// count. Callers pass ids they have already read through the actor's scope.
import type { TrainingFact } from "@/lib/rules";
import { prisma } from "@/lib/server/db";

export async function loadTrainingFacts(cadreIds: readonly string[]): Promise<Map<string, TrainingFact[]>> {
  const out = new Map<string, TrainingFact[]>();
  if (cadreIds.length === 0) return out;
  const rows = await prisma.trainingAttendance.findMany({
    where: { cadreId: { in: [...cadreIds] }, training: { archivedAt: null } },
    select: {
      cadreId: true,
      completed: true,
      training: { select: { id: true, kind: true, startDate: true, endDate: true, hours: true, fullTimeOffJob: true } },
    },
  });
  for (const r of rows) {
    const list = out.get(r.cadreId) ?? [];
    list.push({ ...r.training, completed: r.completed });
    out.set(r.cadreId, list);
  }
  return out;
}
