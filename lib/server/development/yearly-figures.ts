import "server-only";
// A year's figures of growing cadres, for the training page now and the dashboards later:
// trainings held, completed training hours per pool member, and the 科级 young cadres sent to
// practice postings against the ≈5 a year of D20-PRACTICE. Within the actor's scope.
import type { TrainingKind } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/format/dates";
import { day, evaluatePractice, type TargetRow } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { developmentCadreScope } from "./access";
import { openEntryWhere } from "./pool-members";
import { trainingScope } from "./trainings";

export interface YearlyFigures {
  year: number;
  /** the year's last day, or today for the current year */
  asOf: Date;
  /** events that started in the year (not archived) */
  trainingsHeld: number;
  trainingsByKind: Partial<Record<TrainingKind, number>>;
  poolMembers: number;
  /** completed hours of trainings that ended in the year (to asOf), summed over the pool members */
  poolHours: number;
  /** poolHours ÷ poolMembers, one decimal */
  hoursPerPoolMember: number;
  /** D20-PRACTICE: distinct 科级 young cadres whose posting started in the year */
  practice: TargetRow;
}

export async function yearlyFigures(actor: Actor, year: number, today = todayInChina()): Promise<YearlyFigures> {
  const cadre = developmentCadreScope(actor, "read");
  const from = day(year, 1, 1);
  const asOf = year === today.getUTCFullYear() ? today : day(year, 12, 31);
  const [held, members, postings, { profile }] = await Promise.all([
    prisma.training.groupBy({
      by: ["kind"],
      where: { AND: [trainingScope(actor), { archivedAt: null, startDate: { gte: from, lte: day(year, 12, 31) } }] },
      _count: { _all: true },
    }),
    prisma.poolEntry.findMany({
      where: { AND: [openEntryWhere(asOf), { cadre }] },
      select: { cadreId: true },
      distinct: ["cadreId"],
    }),
    prisma.practice.findMany({
      where: { startDate: { gte: from, lte: asOf }, cadre },
      select: {
        id: true,
        cadreId: true,
        kind: true,
        startDate: true,
        actualEndDate: true,
        cadre: { select: { poolEntries: { select: { tier: true, enteredOn: true, closedOn: true } } } },
      },
    }),
    getActiveProfile(),
  ]);
  const memberIds = members.map((m) => m.cadreId);
  const hours = await prisma.trainingAttendance.findMany({
    where: {
      cadreId: { in: memberIds },
      completed: true,
      training: { archivedAt: null, endDate: { gte: from, lte: asOf } },
    },
    select: { training: { select: { hours: true } } },
  });
  const poolHours = hours.reduce((s, h) => s + h.training.hours, 0);
  const practice = evaluatePractice(
    postings.map((p) => ({
      id: p.id,
      cadreId: p.cadreId,
      kind: p.kind,
      startDate: p.startDate,
      actualEndDate: p.actualEndDate,
      // 科级 young cadre when posted: a SECTION pool entry open on the start day.
      sectionYoungCadre: p.cadre.poolEntries.some(
        (e) => e.tier === "SECTION" && e.enteredOn <= p.startDate && (e.closedOn === null || e.closedOn > p.startDate),
      ),
    })),
    profile,
    asOf,
  );
  return {
    year,
    asOf,
    trainingsHeld: held.reduce((s, k) => s + k._count._all, 0),
    trainingsByKind: Object.fromEntries(held.map((k) => [k.kind, k._count._all])),
    poolMembers: memberIds.length,
    poolHours,
    hoursPerPoolMember: memberIds.length ? Math.round((poolHours / memberIds.length) * 10) / 10 : 0,
    practice,
  };
}
