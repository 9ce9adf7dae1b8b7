import "server-only";
// 个别谈话推荐 (a TALK_RECORD session): the department's staff talk to people one by one and enter
// one record per talk — the date, the 谈话对象's category (never the name), the 谈话人, whom the
// person recommends (within the names-per-voter limit) and the 谈话要点. A record counts like a
// ballot; a wrong one is voided with a reason (never deleted) while the session is open.
// Adding takes the session row FOR SHARE (closing waits, a record after it sees the session
// closed) and its category row FOR UPDATE (two clerks cannot pass the planned number together).
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { formatDate, formatDateTime, todayInChina } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { voterCategoryLabel } from "@/lib/labels";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { TalkRecord, VoidTalkRecord } from "@/lib/validation/voting-talks";
import { checkBallot, isTalkRecord } from "@/lib/voting/choices";
import { votingScope } from "./scope";

type Tx = Prisma.TransactionClient;

/** The session, in the actor's scope, locked FOR SHARE, and open for records at `now`. */
async function openTalkSession(tx: Tx, actor: Actor, sessionId: string, now: Date) {
  const s = await tx.votingSession.findFirst({
    where: { AND: [{ id: sessionId }, votingScope(actor)] },
    include: { categories: true, candidates: { select: { id: true } } },
  });
  if (!s) throw new NotFoundError("投票");
  if (!isTalkRecord(s.kind)) throw new UserFacingError("该投票不是个别谈话推荐，不能录入谈话记录");
  await tx.$queryRaw`SELECT "id" FROM "VotingSession" WHERE "id" = ${s.id} FOR SHARE`;
  const fresh = await tx.votingSession.findUniqueOrThrow({ where: { id: s.id }, select: { closedAt: true } });
  if (fresh.closedAt) throw new UserFacingError("谈话推荐已结束，谈话记录不能再录入或作废");
  if (!s.approvedAt) throw new UserFacingError("该谈话推荐由单位申请，须经组织部审核同意后才能录入谈话记录");
  if (now < s.opensAt) throw new UserFacingError(`谈话推荐尚未开始，开始时间：${formatDateTime(s.opensAt)}`);
  return s;
}

export async function addTalkRecord(actor: Actor, input: TalkRecord, now = new Date()): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const s = await openTalkSession(tx, actor, input.sessionId, now);
    const first = todayInChina(s.opensAt);
    const last = new Date(Math.min(todayInChina(now).getTime(), todayInChina(s.closesAt).getTime()));
    if (input.talkedOn < first || input.talkedOn > last)
      throw new FieldError("talkedOn", `谈话日期应在 ${formatDate(first)} 至 ${formatDate(last)} 之间`);
    const planned = s.categories.find((c) => c.category === input.category);
    if (!planned || planned.voters === 0) throw new FieldError("category", "本次谈话推荐没有这一类谈话对象");
    await tx.$queryRaw`SELECT "id" FROM "VotingCategory" WHERE "id" = ${planned.id} FOR UPDATE`;
    const entered = await tx.votingTalkRecord.count({
      where: { sessionId: s.id, category: input.category, voidedAt: null },
    });
    if (entered >= planned.voters)
      throw new FieldError(
        "category",
        `${voterCategoryLabel[input.category]}已录入 ${entered} 人，达到计划谈话人数 ${planned.voters} 人`,
      );
    const check = checkBallot(
      s.kind,
      s.maxChoices,
      s.candidates.map((c) => c.id),
      input.marks,
    );
    if (!check.ok) throw new FieldError("marks", check.message);
    const r = await tx.votingTalkRecord.create({
      data: {
        sessionId: s.id,
        category: input.category,
        talkedOn: input.talkedOn,
        interviewers: input.interviewers ?? null,
        marks: input.marks,
        valid: check.valid,
        summary: input.summary,
        createdById: actor.userId,
      },
    });
    // what was said stays in the record (department staff only), not in the audit log
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.talk.record",
      objectType: "VotingSession",
      objectId: s.id,
      result: "SUCCESS",
      diff: { recordId: r.id, category: input.category, talkedOn: input.talkedOn.toISOString().slice(0, 10) },
    });
    return { id: r.id };
  });
}

export async function voidTalkRecord(
  actor: Actor,
  input: VoidTalkRecord,
  now = new Date(),
): Promise<{ sessionId: string }> {
  return prisma.$transaction(async (tx) => {
    const r = await tx.votingTalkRecord.findFirst({
      where: { id: input.id, session: votingScope(actor) },
      select: { id: true, sessionId: true, voidedAt: true },
    });
    if (!r) throw new NotFoundError("谈话记录");
    await openTalkSession(tx, actor, r.sessionId, now);
    if (r.voidedAt) throw new UserFacingError("该谈话记录已经作废");
    const done = await tx.votingTalkRecord.updateMany({
      where: { id: r.id, version: input.version, voidedAt: null },
      data: { voidedAt: now, voidedById: actor.userId, voidReason: input.reason, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new StaleVersionError("VotingTalkRecord", r.id, input.version);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "voting.talk.void",
      objectType: "VotingSession",
      objectId: r.sessionId,
      result: "SUCCESS",
      diff: { recordId: r.id, reason: input.reason },
    });
    return { sessionId: r.sessionId };
  });
}

/** The records of a session for the department's staff (a unit reads the tally only). */
export async function listTalkRecords(actor: Actor, sessionId: string) {
  return prisma.votingTalkRecord.findMany({
    where: { sessionId, session: votingScope(actor) },
    orderBy: [{ talkedOn: "asc" }, { createdAt: "asc" }],
    include: { createdBy: { select: { displayName: true } }, voidedBy: { select: { displayName: true } } },
  });
}
export type TalkRecordRow = Awaited<ReturnType<typeof listTalkRecords>>[number];
