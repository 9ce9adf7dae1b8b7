import "server-only";
// Setting up a session and reading it back for staff: the ballot's names (from the unit's
// nominations, or the team), the voter categories with the profile's weights, the window.
import type { Actor } from "@/lib/auth/actor";
import type { VoterCategory } from "@/lib/domain/enums";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { FieldError } from "@/lib/errors/field-errors";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { nominationScope, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import type { CreateSession } from "@/lib/validation/voting";
import { isRecommendation } from "@/lib/voting/choices";
import { votingAccess, votingReadScope } from "./scope";

/** The team as a whole on a 领导班子民主测评 ballot. */
export const TEAM_LABEL = "领导班子（整体）";

/**
 * The department sets a session up ready to run; a unit's is a request for its own unit that
 * waits for the department's approval (approvedAt null) before any code is issued.
 */
export async function createVotingSession(actor: Actor, input: CreateSession): Promise<{ id: string }> {
  const access = votingAccess(actor);
  if (!access) throw new NotFoundError("投票");
  const unit = await prisma.unit.findFirst({ where: { AND: [{ id: input.unitId }, unitScope(actor)] } });
  if (!unit) throw new FieldError("unitId", "请选择单位");
  const nominations = await prisma.nomination.findMany({
    where: { AND: [nominationScope(actor), { id: { in: input.nominationIds }, unitId: unit.id }] },
    select: { id: true, cadreId: true, cadre: { select: { name: true } } },
  });
  if (nominations.length !== new Set(input.nominationIds).size)
    throw new FieldError("nominationIds", "人选不属于该单位");
  if (isRecommendation(input.kind) && input.includeTeam)
    throw new FieldError("includeTeam", "民主推荐的选票上只能是人选，不能是领导班子");
  if (isRecommendation(input.kind) && input.maxChoices > nominations.length)
    throw new FieldError("maxChoices", `每票可推荐人数不能多于人选数（${nominations.length}）`);
  const z = (await getActiveProfile()).profile.params.zz15;
  const categories: { category: VoterCategory; voters: number; weight: number }[] = [
    { category: "TEAM_MEMBER" as const, voters: input.votersTeam, weight: z.voterWeightTeam },
    { category: "MIDDLE_MANAGER" as const, voters: input.votersMiddle, weight: z.voterWeightMiddle },
    { category: "OTHER_CADRE" as const, voters: input.votersOther, weight: z.voterWeightOther },
  ].filter((c) => c.voters > 0);
  const order = new Map(input.nominationIds.map((id, i) => [id, i]));
  const candidates = [
    ...(input.includeTeam ? [{ label: TEAM_LABEL, sortOrder: 0 }] : []),
    ...nominations
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((n, i) => ({ label: n.cadre.name, cadreId: n.cadreId, nominationId: n.id, sortOrder: i + 1 })),
  ];
  return prisma.$transaction(async (tx) => {
    const s = await tx.votingSession.create({
      data: {
        title: input.title,
        kind: input.kind,
        unitId: unit.id,
        postTitle: isRecommendation(input.kind) ? (input.postTitle ?? null) : null,
        maxChoices: isRecommendation(input.kind) ? input.maxChoices : 1,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        createdById: actor.userId,
        ...(access === "run" ? { approvedAt: new Date(), approvedById: actor.userId } : {}),
        categories: { create: categories },
        candidates: { create: candidates },
      },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: access === "run" ? "voting.session.create" : "voting.session.request",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { title: input.title, kind: input.kind, unitId: unit.id, categories, candidates: candidates.length },
    });
    return { id: s.id };
  });
}

export async function listVotingSessions(actor: Actor) {
  return prisma.votingSession.findMany({
    where: votingReadScope(actor),
    orderBy: { opensAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      approvedAt: true,
      declinedReason: true,
      unit: { select: { name: true } },
      _count: { select: { candidates: true } },
    },
  });
}

export async function getVotingSession(actor: Actor, id: string) {
  const s = await prisma.votingSession.findFirst({
    where: { AND: [{ id }, votingReadScope(actor)] },
    include: {
      unit: { select: { name: true } },
      createdBy: { select: { displayName: true } },
      categories: { orderBy: { category: "asc" } },
      candidates: {
        orderBy: { sortOrder: "asc" },
        include: {
          nomination: { select: { id: true, version: true, stage: true, recommendedOn: true } },
          cadre: { select: { id: true, version: true, lowPublicRecognition: true } },
        },
      },
    },
  });
  if (!s) throw new NotFoundError("投票");
  return s;
}
export type VotingSessionDetail = Awaited<ReturnType<typeof getVotingSession>>;

/** Turnout per category while voting runs: codes issued and used (no ballot is read). */
export async function turnoutOf(sessionId: string) {
  const rows = await prisma.votingCode.groupBy({
    by: ["category", "used"],
    where: { sessionId },
    _count: { _all: true },
  });
  const out = new Map<VoterCategory, { issued: number; used: number }>();
  for (const r of rows) {
    const t = out.get(r.category) ?? { issued: 0, used: 0 };
    t.issued += r._count._all;
    if (r.used) t.used += r._count._all;
    out.set(r.category, t);
  }
  return out;
}

export function assertOpenForSetup(s: { closedAt: Date | null }) {
  if (s.closedAt) throw new UserFacingError("投票已结束，不能再生成投票码");
}
