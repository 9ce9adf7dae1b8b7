import "server-only";
// Reading nominations within the actor's scope: a unit user's lists and pages hold only the
// unit's own; another unit's id is simply not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NominationStage } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { nominationScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { OPEN_STAGES } from "./load";
import { cadreNameWhere } from "@/lib/server/cadres/name-search";
import { refusedRead } from "@/lib/server/audit";

export const LIST_SELECT = {
  id: true,
  stage: true,
  tier: true,
  domain: true,
  method: true,
  ballotsIssued: true,
  ballotsValid: true,
  votesReceived: true,
  recommendedOn: true,
  returnedComment: true,
  publicityStart: true,
  publicityEnd: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  cadre: { select: { id: true, name: true, gender: true, birthDate: true, currentPostTitle: true, status: true } },
  unit: { select: { id: true, name: true } },
  poolEntry: { select: { id: true, enteredOn: true, closedOn: true } },
} satisfies Prisma.NominationSelect;

export type NominationListRow = Prisma.NominationGetPayload<{ select: typeof LIST_SELECT }>;

export interface NominationFilter {
  status?: "open" | "closed" | "all";
  stage?: NominationStage;
  unitId?: string;
  /** the cadre's name, full pinyin or initials (cadreNameWhere) */
  q?: string;
}

export const LIST_LIMIT = 500;

function filterWhere(f: NominationFilter): Prisma.NominationWhereInput[] {
  const and: Prisma.NominationWhereInput[] = [];
  if (f.status === "open") and.push({ stage: { in: OPEN_STAGES } });
  if (f.status === "closed") and.push({ stage: { notIn: OPEN_STAGES } });
  if (f.stage) and.push({ stage: f.stage });
  if (f.unitId) and.push({ unitId: f.unitId });
  if (f.q) and.push({ cadre: cadreNameWhere(f.q) });
  return and;
}

export async function listNominations(
  actor: Actor,
  filter: NominationFilter = {},
): Promise<{ rows: NominationListRow[]; total: number }> {
  const where: Prisma.NominationWhereInput = { AND: [nominationScope(actor, "read"), ...filterWhere(filter)] };
  const [rows, total] = await Promise.all([
    prisma.nomination.findMany({
      where,
      select: LIST_SELECT,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
    }),
    prisma.nomination.count({ where }),
  ]);
  return { rows, total };
}

/** Open nominations and those appointed in the last `recentDays`, for the board's columns. */
export async function listForBoard(actor: Actor, since: Date): Promise<NominationListRow[]> {
  return prisma.nomination.findMany({
    where: {
      AND: [
        nominationScope(actor, "read"),
        { OR: [{ stage: { in: OPEN_STAGES } }, { stage: "APPOINTED", closedAt: { gte: since } }] },
      ],
    },
    select: LIST_SELECT,
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
  });
}

export async function getNominationDetail(actor: Actor, id: string) {
  const n = await prisma.nomination.findFirst({
    where: { AND: [{ id }, nominationScope(actor, "read")] },
    include: {
      cadre: {
        select: {
          id: true,
          name: true,
          gender: true,
          birthDate: true,
          currentPostTitle: true,
          status: true,
          politicalStatus: true,
        },
      },
      unit: { select: { id: true, name: true } },
      poolEntry: { select: { id: true, enteredOn: true, closedOn: true, tier: true } },
      events: { orderBy: [{ occurredAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!n) throw await refusedRead(actor, "Nomination", id, "推荐");
  const actorIds = [...new Set(n.events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const users = actorIds.length
    ? await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } })
    : [];
  return { ...n, actorNames: Object.fromEntries(users.map((u) => [u.id, u.displayName])) as Record<string, string> };
}

export type NominationDetail = Awaited<ReturnType<typeof getNominationDetail>>;
