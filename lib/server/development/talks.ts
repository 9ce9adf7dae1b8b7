import "server-only";
// 谈心谈话, 关爱谈话, 提醒谈话, 诫勉谈话 (WS-TALKS), with what each records (talk.ts in validation:
// a recorded problem vs a tolerated mistake).
import type { Prisma, TalkKind } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/format/dates";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { recordFlags, type TalkRecord } from "@/lib/validation/development/talk";
import { developmentCadreScope } from "./access";

const PERSON = {
  select: { id: true, name: true, birthDate: true, currentPostTitle: true, unit: { select: { name: true } } },
} as const;

export interface TalkFields {
  kind: TalkKind;
  talkedOn: Date;
  talkedBy: string;
  summary: string;
  record: TalkRecord;
}

export async function listTalks(actor: Actor, f: { kind?: TalkKind; year?: number } = {}) {
  const and: Prisma.TalkWhereInput[] = [{ cadre: developmentCadreScope(actor, "read") }];
  if (f.kind) and.push({ kind: f.kind });
  if (f.year)
    and.push({ talkedOn: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } });
  return prisma.talk.findMany({
    where: { AND: and },
    include: { cadre: PERSON },
    orderBy: [{ talkedOn: "desc" }, { id: "asc" }],
    take: 500,
  });
}

export async function getTalk(actor: Actor, id: string) {
  const row = await prisma.talk.findFirst({
    where: { id, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: PERSON },
  });
  if (!row) throw await refusedRead(actor, "Talk", id, "谈话记录");
  return row;
}

function columns(f: TalkFields) {
  if (f.talkedOn > todayInChina()) throw new UserFacingError("谈话日期不能晚于今天");
  return { kind: f.kind, talkedOn: f.talkedOn, talkedBy: f.talkedBy, summary: f.summary, ...recordFlags(f.record) };
}

export async function createTalk(actor: Actor, input: TalkFields & { cadreId: string }) {
  const scope = developmentCadreScope(actor, "manage");
  const cadre = await prisma.cadre.findFirst({ where: { AND: [{ id: input.cadreId }, scope] }, select: { id: true } });
  if (!cadre) throw await refusedRead(actor, "Cadre", input.cadreId, "干部");
  const data = { ...columns(input), cadreId: cadre.id };
  return prisma.$transaction(async (tx) => {
    const row = await tx.talk.create({ data });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "talk.create",
      objectType: "Talk",
      objectId: row.id,
      result: "SUCCESS",
      diff: auditDiff(null, data),
    });
    return row;
  });
}

export async function updateTalk(actor: Actor, input: TalkFields & { id: string; version: number }) {
  const before = await prisma.talk.findFirst({
    where: { id: input.id, cadre: developmentCadreScope(actor, "manage") },
  });
  if (!before) throw await refusedRead(actor, "Talk", input.id, "谈话记录");
  const data = columns(input);
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.talk, "Talk", input.id, input.version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "talk.update",
      objectType: "Talk",
      objectId: input.id,
      result: "SUCCESS",
      diff: auditDiff(before, data),
    });
  });
}
