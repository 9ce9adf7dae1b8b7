import "server-only";
// One click from a closed session's tally to the record it feeds:
// - 民主推荐: the nomination's recommendation (method, 发出 = codes issued, 有效 = valid ballots,
//   得票 = raw 推荐 votes, date = the day voting opened, China time, so ZZ15-REC-VALID's year is
//   never longer than the truth), through renewRecommendationIn with the nomination form's own
//   schema, so the same arithmetic checks apply, in one transaction with the session's mark;
// - 民主测评: a weighted 称职以上 share below the profile's threshold becomes the cadre's
//   群众公认度不高 (ZZ15-EXCL), through the cadre editor's saveExclusions (audited as cadre.update).
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/format/dates";
import { todayInChina } from "@/lib/format/dates";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit, writeAuditStandalone } from "@/lib/server/audit";
import { assertCan, cadreScope } from "@/lib/server/authz/scope";
import { saveExclusions } from "@/lib/server/cadres/write-cadre-sets";
import { prisma } from "@/lib/server/db";
import { renewRecommendationIn } from "@/lib/server/nominations";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { renewRecommendationSchema } from "@/lib/validation/nominations";
import { isRecommendation, methodFor } from "@/lib/voting/choices";
import { percent, recognitionShare } from "@/lib/voting/tally";
import { tallyOf } from "./results";
import { getVotingSession } from "./sessions";

interface ApplyInput {
  sessionId: string;
  candidateId: string;
  version: number;
}

async function target(actor: Actor, input: ApplyInput) {
  assertCan(actor, "nomination", "transition");
  const s = await getVotingSession(actor, input.sessionId);
  const candidate = s.candidates.find((c) => c.id === input.candidateId);
  if (!candidate) throw new NotFoundError("人选");
  if (candidate.appliedAt) throw new UserFacingError("该人选的结果已经写入");
  const tally = await tallyOf(s);
  const row = tally.candidates.find((c) => c.id === candidate.id)!;
  return { s, candidate, tally, row };
}

export async function applyRecommendation(actor: Actor, input: ApplyInput, now = new Date()) {
  const { s, candidate, tally, row } = await target(actor, input);
  const method = methodFor(s.kind);
  if (!method || !candidate.nominationId) throw new UserFacingError("该人选没有对应的推荐，无法写入民主推荐结果");
  const parsed = renewRecommendationSchema.safeParse({
    id: candidate.nominationId,
    version: input.version,
    method,
    ballotsIssued: tally.totals.issued,
    ballotsValid: tally.totals.valid,
    votesReceived: row.counts.RECOMMEND ?? 0,
    recommendedOn: isoDay(todayInChina(s.opensAt)),
  });
  if (!parsed.success) throw new UserFacingError(`票数不符合要求：${parsed.error.issues[0].message}`);
  await prisma.$transaction(async (tx) => {
    const marked = await tx.votingCandidate.updateMany({
      where: { id: candidate.id, appliedAt: null },
      data: { appliedAt: now },
    });
    if (marked.count !== 1) throw new UserFacingError("该人选的结果已经写入");
    await renewRecommendationIn(tx, actor, parsed.data, todayInChina(now));
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.result.apply",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { candidateId: candidate.id, nominationId: candidate.nominationId, ...parsed.data, id: undefined },
    });
  });
}

export async function applyRecognition(actor: Actor, input: ApplyInput, now = new Date()) {
  const { s, candidate, row } = await target(actor, input);
  if (isRecommendation(s.kind) || !candidate.cadreId) throw new UserFacingError("该人选没有民主测评结果可记录");
  const threshold = (await getActiveProfile()).profile.params.zz15.recognitionMinShare;
  const share = recognitionShare(row);
  // a hair of tolerance: 2/3 of the votes meets a 2/3 threshold despite floating point
  if (share >= threshold - 1e-9)
    throw new UserFacingError(`称职以上得票率 ${percent(share)} 不低于 ${percent(threshold)}，不属于群众公认度不高`);
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: candidate.cadreId }, cadreScope(actor, "update")] },
    select: { canvassingRecorded: true, otherExclusionNote: true },
  });
  if (!cadre) throw new NotFoundError("干部");
  const saved = await saveExclusions(actor, {
    cadreId: candidate.cadreId,
    version: input.version,
    lowPublicRecognition: true,
    canvassingRecorded: cadre.canvassingRecorded,
    otherExclusionNote: cadre.otherExclusionNote ?? "",
  });
  if (!saved.ok) throw new UserFacingError("干部信息已被他人修改，请刷新页面后再试");
  await prisma.votingCandidate.updateMany({ where: { id: candidate.id, appliedAt: null }, data: { appliedAt: now } });
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "voting.result.apply",
    objectType: "VotingSession",
    objectId: s.id,
    result: "SUCCESS",
    diff: { candidateId: candidate.id, cadreId: candidate.cadreId, share, threshold, ruleId: "ZZ15-EXCL" },
  });
}

/** The one click of the results table: the recommendation or the 群众公认度 fact, by the session's kind. */
export async function applyVotingResult(actor: Actor, input: ApplyInput, now = new Date()) {
  assertCan(actor, "nomination", "transition");
  const s = await getVotingSession(actor, input.sessionId);
  return isRecommendation(s.kind) ? applyRecommendation(actor, input, now) : applyRecognition(actor, input, now);
}
