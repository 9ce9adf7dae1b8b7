import "server-only";
// 成长导师制 (WS-MENTOR): one or more mentors (cadres) per mentee, with a start and an end and
// periodic feedback notes (Mentorship.feedback, newest date mirrored in lastFeedbackOn for the
// six-month follow-up). A unit user sees the mentorships of their own unit's mentees.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, todayInChina } from "@/lib/format/dates";
import { auditBy, auditDiff, refusedRead, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { feedbackNoteSchema, type FeedbackNote } from "@/lib/validation/development/mentorship";
import { developmentCadreScope } from "./access";
import { lockCadre } from "@/lib/server/concurrency";

const PERSON = {
  select: { id: true, name: true, birthDate: true, currentPostTitle: true, unit: { select: { name: true } } },
} as const;

/** Stored notes, oldest first; malformed entries are dropped rather than shown half. */
export function feedbackNotes(json: Prisma.JsonValue): FeedbackNote[] {
  const parsed = z.array(z.unknown()).safeParse(json);
  if (!parsed.success) return [];
  return parsed.data
    .flatMap((x) => {
      const r = feedbackNoteSchema.safeParse(x);
      return r.success ? [r.data] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

export async function listMentorships(actor: Actor, opts: { activeOn?: Date } = {}) {
  const where: Prisma.MentorshipWhereInput = { mentee: developmentCadreScope(actor, "read") };
  if (opts.activeOn)
    Object.assign(where, {
      startDate: { lte: opts.activeOn },
      OR: [{ endDate: null }, { endDate: { gte: opts.activeOn } }],
    });
  return prisma.mentorship.findMany({
    where,
    include: { mentee: PERSON, mentor: PERSON },
    orderBy: [{ mentor: { name: "asc" } }, { startDate: "desc" }, { id: "asc" }],
  });
}

export async function getMentorship(actor: Actor, id: string) {
  const row = await prisma.mentorship.findFirst({
    where: { id, mentee: developmentCadreScope(actor, "read") },
    include: { mentee: PERSON, mentor: PERSON },
  });
  if (!row) throw await refusedRead(actor, "Mentorship", id, "导师结对记录");
  return row;
}

export async function createMentorships(
  actor: Actor,
  input: { menteeId: string; mentorIds: string[]; startDate: Date; endDate: Date | null },
) {
  const scope = developmentCadreScope(actor, "manage");
  const ids = [input.menteeId, ...input.mentorIds];
  const people = await prisma.cadre.findMany({ where: { AND: [{ id: { in: ids } }, scope] }, select: { id: true } });
  if (people.length !== new Set(ids).size) throw new NotFoundError("干部");
  return prisma.$transaction(async (tx) => {
    // under the mentee's lock, so two requests pairing the same mentor cannot both pass
    await lockCadre(tx, input.menteeId);
    const current = await tx.mentorship.findMany({
      where: {
        menteeId: input.menteeId,
        mentorId: { in: input.mentorIds },
        OR: [{ endDate: null }, { endDate: { gte: input.startDate } }],
      },
      select: { mentor: { select: { name: true } } },
    });
    if (current.length)
      throw new UserFacingError(`${current.map((c) => c.mentor.name).join("、")}已是该同志的导师，无需重复结对`);
    const rows = await tx.mentorship.createManyAndReturn({
      data: input.mentorIds.map((mentorId) => ({
        menteeId: input.menteeId,
        mentorId,
        startDate: input.startDate,
        endDate: input.endDate,
      })),
      select: { id: true, mentorId: true },
    });
    for (const r of rows) {
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "mentorship.create",
        objectType: "Mentorship",
        objectId: r.id,
        result: "SUCCESS",
        diff: auditDiff(null, {
          menteeId: input.menteeId,
          mentorId: r.mentorId,
          startDate: input.startDate,
          endDate: input.endDate,
        }),
      });
    }
    return rows.map((r) => r.id);
  });
}

async function scoped(actor: Actor, id: string) {
  const row = await prisma.mentorship.findFirst({ where: { id, mentee: developmentCadreScope(actor, "manage") } });
  if (!row) throw await refusedRead(actor, "Mentorship", id, "导师结对记录");
  return row;
}

export async function addFeedback(actor: Actor, input: { id: string; version: number; date: Date; note: string }) {
  const before = await scoped(actor, input.id);
  if (input.date < before.startDate) throw new UserFacingError("反馈日期不能早于结对日期");
  if (input.date > todayInChina()) throw new UserFacingError("反馈日期不能晚于今天");
  const notes = [
    ...feedbackNotes(before.feedback),
    { date: isoDay(input.date), note: input.note, by: actor.displayName },
  ];
  const last = notes.reduce((m, n) => (n.date > m ? n.date : m), "");
  const data = { feedback: notes, lastFeedbackOn: new Date(`${last}T00:00:00Z`) };
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.mentorship, "Mentorship", input.id, input.version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "mentorship.feedback",
      objectType: "Mentorship",
      objectId: input.id,
      result: "SUCCESS",
      diff: {
        feedbackAdded: { from: null, to: { date: isoDay(input.date), note: input.note } },
        ...auditDiff(before, { lastFeedbackOn: data.lastFeedbackOn }),
      },
    });
  });
}

export async function endMentorship(actor: Actor, input: { id: string; version: number; endDate: Date }) {
  const before = await scoped(actor, input.id);
  if (input.endDate < before.startDate) throw new UserFacingError("结束日期不能早于结对日期");
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.mentorship, "Mentorship", input.id, input.version, { endDate: input.endDate });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "mentorship.end",
      objectType: "Mentorship",
      objectId: input.id,
      result: "SUCCESS",
      diff: auditDiff(before, { endDate: input.endDate }),
    });
  });
}
