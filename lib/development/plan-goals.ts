// The stage goals of a development plan (DevelopmentPlanGoal rows, in `position` order) and their
// reading by the rules engine's PlanFact. Goals arrive validated by goalInputSchema; a goal that
// fails it is refused with the field's message, so every stored goal is a whole one.
import { isoDay, type PlanFact } from "@/lib/rules";
import type { GoalInput } from "@/lib/validation/development/plan";

/** Include/select argument: a plan's goals in their order. */
export const GOALS_IN_ORDER = { orderBy: { position: "asc" } } as const;

export type GoalRow = {
  stage: string;
  goal: string;
  measures: string | null;
  measureKinds: GoalInput["measureKinds"];
  dueOn: Date;
  doneOn: Date | null;
};

/** The rows to create for a plan's goals, numbered in the order given. */
export function goalRows(goals: GoalInput[]): (GoalRow & { position: number })[] {
  return goals.map((g, position) => ({
    position,
    stage: g.stage,
    goal: g.goal,
    measures: g.measures,
    measureKinds: g.measureKinds,
    dueOn: g.dueOn,
    doneOn: g.doneOn,
  }));
}

const iso = (d: Date | null) => (d ? isoDay(d) : null);

/** A goal as the audit log records it (days as YYYY-MM-DD). */
export function auditedGoal(g: GoalRow) {
  return {
    stage: g.stage,
    goal: g.goal,
    measures: g.measures,
    measureKinds: g.measureKinds,
    dueOn: iso(g.dueOn),
    doneOn: iso(g.doneOn),
  };
}

/** Overdue: due before asOf and not done (developmentPlanCheck's reading, goal by goal). */
export function isOverdue(g: { dueOn: Date; doneOn: Date | null }, asOf: Date): boolean {
  return g.dueOn.getTime() < asOf.getTime() && !g.doneOn;
}

export function toPlanFact(p: {
  id: string;
  closedAt: Date | null;
  goals: { dueOn: Date; doneOn: Date | null }[];
}): PlanFact {
  return { id: p.id, closedAt: p.closedAt, goals: p.goals.map((g) => ({ dueOn: g.dueOn, doneOn: g.doneOn })) };
}
