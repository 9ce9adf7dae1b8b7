// The JSON columns of DevelopmentPlan, read defensively (seeded and older rows included) and
// mapped to the rules engine's PlanFact.
import { z } from "zod";
import type { PlanFact } from "@/lib/rules";
import { storedGoalSchema, storedNoteSchema, type GoalInput, type StoredGoal, type StoredNote } from "@/lib/validation/development/plan";

const day = (s: string | null | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : null);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function parseList<T>(json: unknown, schema: z.ZodType<T>): T[] {
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) return [];
  return list.data.flatMap((x) => { const r = schema.safeParse(x); return r.success ? [r.data] : []; });
}

export const planGoals = (json: unknown): StoredGoal[] => parseList(json, storedGoalSchema);
export const planNotes = (json: unknown): StoredNote[] => parseList(json, storedNoteSchema).sort((a, b) => a.date.localeCompare(b.date));

export function toStoredGoals(goals: GoalInput[]): StoredGoal[] {
  return goals.map((g) => ({ stage: g.stage, goal: g.goal, measures: g.measures, measureKinds: g.measureKinds, dueOn: iso(g.dueOn), doneOn: iso(g.doneOn) }));
}

/** Overdue: due before asOf and not done (developmentPlanCheck's reading, goal by goal). */
export function isOverdue(g: StoredGoal, asOf: Date): boolean {
  const due = day(g.dueOn);
  return due !== null && due.getTime() < asOf.getTime() && !g.doneOn;
}

export function toPlanFact(p: { id: string; goals: unknown; closedAt: Date | null }): PlanFact {
  return { id: p.id, closedAt: p.closedAt, goals: planGoals(p.goals).map((g) => ({ dueOn: day(g.dueOn), doneOn: day(g.doneOn) })) };
}
