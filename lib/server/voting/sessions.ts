import "server-only";
// Setting up a session and reading it back for staff: the ballot's names (from the unit's
// nominations, or the team), the voter categories with the profile's weights, the window.
import type { Actor } from "@/lib/auth/actor";
import type { VoterCategory, VotingKind } from "@/lib/domain/enums";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { FieldError } from "@/lib/errors/field-errors";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { nominationScope, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import type { CreateSession } from "@/lib/validation/voting";
import { isRecommendation, isTalkRecord } from "@/lib/voting/choices";
import { votingAccess, votingReadScope } from "./scope";

/** The team as a whole on a 领导班子民主测评 ballot. */
export const TEAM_LABEL = "领导班子（整体）";

/**
 * The department sets a session up ready to run; a unit's is a request for its own unit that
 * waits for the department's approval (approvedAt null) before any code is issued.
 */
export async function createVotingSession(
  actor: Actor,
  input: CreateSession,
  now = new Date(),
): Promise<{ id: string }> {
  const access = votingAccess(actor);
  if (!access) throw new NotFoundError("投票");
  // slips are printed before voting opens (their plain codes are destroyed then); talks may
  // already have begun when their record is set up
  if (!isTalkRecord(input.kind) && input.opensAt <= now)
    throw new FieldError("opensAt", "开始时间应晚于现在：投票码条须在投票开始之前生成和打印");
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
      _count: { select: { slipCodes: true } },
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

/**
 * Turnout per category while voting runs: codes issued and used (no ballot is read); for a
 * 个别谈话 record, the planned number of talks and the records not voided.
 */
export async function turnoutOf(s: {
  id: string;
  kind: VotingKind;
  categories: readonly { category: VoterCategory; voters: number }[];
}) {
  const out = new Map<VoterCategory, { issued: number; used: number }>();
  if (isTalkRecord(s.kind)) {
    const talks = await prisma.votingTalkRecord.groupBy({
      by: ["category"],
      where: { sessionId: s.id, voidedAt: null },
      _count: { _all: true },
    });
    for (const c of s.categories)
      out.set(c.category, { issued: c.voters, used: talks.find((t) => t.category === c.category)?._count._all ?? 0 });
    return out;
  }
  const rows = await prisma.votingCode.groupBy({
    by: ["category", "used"],
    where: { sessionId: s.id },
    _count: { _all: true },
  });
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
