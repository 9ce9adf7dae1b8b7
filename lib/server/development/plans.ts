import "server-only";
// 一人一策 development plans (WS-PLAN): per pool member, stage goals with due dates and
// measures (training, posting, mentor), progress notes; overdue goals flagged with
// developmentPlanCheck. Goals (DevelopmentPlanGoal rows) are saved as a whole list, replaced in
// the transaction that bumps the plan's version.
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/format/dates";
import { developmentPlanCheck, type ResolvedProfile } from "@/lib/rules";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { GoalInput } from "@/lib/validation/development/plan";
import { developmentCadreScope } from "./access";
import { auditedGoal, goalRows, GOALS_IN_ORDER, toPlanFact } from "@/lib/development/plan-goals";
import { planNotes } from "@/lib/development/plan-notes";
import { openEntryWhere } from "./pool-members";
import { lockCadre } from "@/lib/server/concurrency";

const PERSON = {
  select: { id: true, name: true, birthDate: true, currentPostTitle: true, unit: { select: { name: true } } },
} as const;

/** Open pool members with their open plans and the WS-PLAN check of each. */
export async function listPlanSubjects(actor: Actor, profile: ResolvedProfile, asOf = todayInChina()) {
  const entries = await prisma.poolEntry.findMany({
    where: { AND: [openEntryWhere(asOf), { cadre: developmentCadreScope(actor, "read") }] },
    include: {
      cadre: {
        select: {
          ...PERSON.select,
          developmentPlans: {
            where: { closedAt: null },
            orderBy: { createdAt: "desc" },
            include: { goals: GOALS_IN_ORDER },
          },
        },
      },
    },
    orderBy: [{ tier: "asc" }, { cadre: { namePinyin: "asc" } }, { id: "asc" }],
  });
  return entries.map((e) => ({
    entry: e,
    plans: e.cadre.developmentPlans,
    check: developmentPlanCheck(e.cadre.developmentPlans.map(toPlanFact), profile, asOf),
  }));
}

export async function getPlan(actor: Actor, id: string) {
  const plan = await prisma.developmentPlan.findFirst({
    where: { id, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: PERSON, poolEntry: { select: { tier: true, enteredOn: true } }, goals: GOALS_IN_ORDER },
  });
  if (!plan) throw await refusedRead(actor, "DevelopmentPlan", id, "培养计划");
  return plan;
}

export async function getPlanEntry(actor: Actor, poolEntryId: string) {
  const entry = await prisma.poolEntry.findFirst({
    where: { id: poolEntryId, closedOn: null, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: PERSON },
  });
  if (!entry) throw await refusedRead(actor, "PoolEntry", poolEntryId, "在库记录");
  return entry;
}

export async function createPlan(actor: Actor, input: { poolEntryId: string; title: string; goals: GoalInput[] }) {
  developmentCadreScope(actor, "manage");
  const entry = await getPlanEntry(actor, input.poolEntryId);
  const goals = goalRows(input.goals);
  const data = { cadreId: entry.cadreId, poolEntryId: entry.id, title: input.title };
  return prisma.$transaction(async (tx) => {
    await lockCadre(tx, entry.cadreId);
    const open = await tx.developmentPlan.count({ where: { cadreId: entry.cadreId, closedAt: null } });
    if (open) throw new UserFacingError("该同志已有执行中的培养计划，请在原计划中调整目标");
    const row = await tx.developmentPlan.create({ data: { ...data, goals: { create: goals } } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "plan.create",
      objectType: "DevelopmentPlan",
      objectId: row.id,
      result: "SUCCESS",
      diff: auditDiff(null, { ...data, goals: goals.map(auditedGoal) }),
    });
    return row;
  });
}

async function openPlan(actor: Actor, id: string) {
  const plan = await prisma.developmentPlan.findFirst({
    where: { id, cadre: developmentCadreScope(actor, "manage") },
    include: { goals: GOALS_IN_ORDER },
  });
  if (!plan) throw await refusedRead(actor, "DevelopmentPlan", id, "培养计划");
  if (plan.closedAt) throw new UserFacingError("该培养计划已结束，不能再修改");
  return plan;
}

type Tx = Prisma.TransactionClient;

async function save(
  actor: Actor,
  action: string,
  id: string,
  version: number,
  before: object,
  data: Prisma.DevelopmentPlanUpdateManyMutationInput,
  diffTo: Record<string, unknown>,
  also?: (tx: Tx) => Promise<unknown>,
) {
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.developmentPlan, "DevelopmentPlan", id, version, data);
    await also?.(tx);
    await writeAudit(tx, {
      ...auditBy(actor),
      action,
      objectType: "DevelopmentPlan",
      objectId: id,
      result: "SUCCESS",
      diff: auditDiff(before as Record<string, unknown>, diffTo),
    });
  });
}

export async function updatePlan(
  actor: Actor,
  input: { id: string; version: number; title: string; goals: GoalInput[] },
) {
  const before = await openPlan(actor, input.id);
  const goals = goalRows(input.goals);
  // The version bump comes first, so a stale save is refused before any goal is touched.
  const replaceGoals = async (tx: Tx) => {
    await tx.developmentPlanGoal.deleteMany({ where: { planId: input.id } });
    await tx.developmentPlanGoal.createMany({ data: goals.map((g) => ({ ...g, planId: input.id })) });
  };
  await save(
    actor,
    "plan.update",
    input.id,
    input.version,
    { title: before.title, goals: before.goals.map(auditedGoal) },
    { title: input.title },
    { title: input.title, goals: goals.map(auditedGoal) },
    replaceGoals,
  );
}

export async function addPlanNote(
  actor: Actor,
  input: { id: string; version: number; date: Date; source: string; note: string },
) {
  const before = await openPlan(actor, input.id);
  if (input.date > todayInChina()) throw new UserFacingError("日期不能晚于今天");
  const note = {
    date: input.date.toISOString().slice(0, 10),
    source: input.source,
    note: input.note,
    by: actor.displayName,
  };
  const progressNotes = [...planNotes(before.progressNotes), note];
  await save(
    actor,
    "plan.note",
    input.id,
    input.version,
    { progressNote: null },
    { progressNotes },
    { progressNote: note },
  );
}

export async function closePlan(actor: Actor, input: { id: string; version: number }) {
  const before = await openPlan(actor, input.id);
  const closedAt = new Date();
  await save(actor, "plan.close", input.id, input.version, { closedAt: before.closedAt }, { closedAt }, { closedAt });
}
