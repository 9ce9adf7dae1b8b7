import "server-only";
// The plan list (the actor's own and the shared ones) and one plan with its moves, names and
// titles. Everything through planScope: another user's private plan is not found.
import type { Actor } from "@/lib/auth/actor";
import type { StaffingMoveKind, StaffingPlanStatus } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/server/db";
import { findPlanInScope, planScope } from "./scope";

export interface PlanListRow {
  id: string;
  name: string;
  ownerName: string;
  mine: boolean;
  shared: boolean;
  status: StaffingPlanStatus;
  asOf: Date;
  moves: number;
  updatedAt: Date;
}

export async function listPlans(actor: Actor, opts: { archived?: boolean } = {}): Promise<PlanListRow[]> {
  const rows = await prisma.staffingPlan.findMany({
    where: { AND: [planScope(actor), opts.archived ? {} : { status: { not: "ARCHIVED" } }] },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      ownerId: true,
      shared: true,
      status: true,
      asOf: true,
      updatedAt: true,
      owner: { select: { displayName: true, username: true } },
      _count: { select: { moves: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    ownerName: r.owner.displayName || r.owner.username,
    mine: r.ownerId === actor.userId,
    shared: r.shared,
    status: r.status,
    asOf: r.asOf,
    moves: r._count.moves,
    updatedAt: r.updatedAt,
  }));
}

const POST = { select: { id: true, title: true, unit: { select: { id: true, name: true } } } } as const;
const CADRE = { select: { id: true, name: true } } as const;

export interface PlanMoveRow {
  id: string;
  position: number;
  kind: StaffingMoveKind;
  cadre: { id: string; name: string };
  post: { id: string; title: string; unit: { id: string; name: string } };
  otherCadre: { id: string; name: string } | null;
  otherPost: { id: string; title: string; unit: { id: string; name: string } } | null;
  nominationIds: string[];
}

export interface PlanDetail {
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
  mine: boolean;
  shared: boolean;
  status: StaffingPlanStatus;
  asOf: Date;
  version: number;
  convertedAt: Date | null;
  moves: PlanMoveRow[];
}

export async function getPlan(actor: Actor, id: string): Promise<PlanDetail> {
  const plan = await findPlanInScope(prisma, actor, id);
  const [owner, moves] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: plan.ownerId }, select: { displayName: true, username: true } }),
    prisma.staffingPlanMove.findMany({
      where: { planId: plan.id },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        kind: true,
        nominationIds: true,
        cadre: CADRE,
        post: POST,
        otherCadre: CADRE,
        otherPost: POST,
      },
    }),
  ]);
  return {
    id: plan.id,
    name: plan.name,
    ownerId: plan.ownerId,
    ownerName: owner.displayName || owner.username,
    mine: plan.ownerId === actor.userId,
    shared: plan.shared,
    status: plan.status,
    asOf: plan.asOf,
    version: plan.version,
    convertedAt: plan.convertedAt,
    moves,
  };
}
