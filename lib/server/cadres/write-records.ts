import "server-only";
// Adding and editing the parts of a cadre's record: education, appointments, assessments (the
// other sets — family, sanctions, personal-matters reports — in their sibling write-*.ts files,
// through saveRecord here).
// Each save checks the cadre is in the actor's scope (cadreScope "update"), runs in one
// transaction with its audit row, and refuses a stale version with a conflict description.
import type { SaveResult } from "@/lib/cadres/conflict";
import { titleInUnit } from "@/lib/cadres/resume";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { assertMayRead } from "@/lib/server/authz/labels";
import { cadreScope, unitScope } from "@/lib/server/authz/scope";
import type { InfoSet } from "@/lib/authz/clearance";
import { StaleVersionError, updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import type { appointmentSchema, assessmentSchema, educationSchema } from "@/lib/validation/cadre-records";
import type { z } from "zod";
import { describeConflict, type Formatter } from "./conflict";
import { recordFlags } from "@/lib/schools/match-school";
import { loadSchoolMatcher } from "@/lib/server/schools/school-table";
import { syncEducationSummary } from "./education-summary";
import { syncCurrentPost } from "./sync-current-post";
import { todayInChina } from "@/lib/format/dates";
import { FieldError } from "@/lib/errors/field-errors";
import { clashingHolder, touchPost } from "@/lib/server/units/post-holders";
import { RECORD_FIELD_LABELS, RECORD_FORMATS, RECORD_WRITE_ACTIONS, type RecordKind } from "./record-labels";

export type Tx = Prisma.TransactionClient;
export type Row = Record<string, unknown> & { id: string; version: number };

export const day = (s: string) => (s ? toDay(s) : null);

/** The conflict shows a post as 单位+职位, looked up in the actor's unit scope (never the raw id). */
function postNameFormat(actor: Actor): Formatter {
  return async (v) => {
    const post = await prisma.post.findFirst({
      where: { id: String(v), unit: unitScope(actor) },
      select: { title: true, unit: { select: { name: true } } },
    });
    return post ? titleInUnit(post.unit.name, post.title) : "（其他单位的职位）";
  };
}

export async function assertCadre(actor: Actor, cadreId: string): Promise<void> {
  const c = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor, "update")] },
    select: { id: true },
  });
  if (!c) throw new NotFoundError("干部");
}

/**
 * The labelled set each kind of record belongs to: editing it means reading it (the form loads
 * the stored values, a conflict shows the other save's), so a clearance below the set's level
 * is refused and audited before anything is read or written. A family member is GENERAL but
 * for its 移居国（境）外 fields (familyAbroad), which write-family.ts checks itself.
 */
export const RECORD_SETS: Partial<Record<RecordKind, InfoSet>> = {
  Assessment: "assessmentConclusions",
  Sanction: "sanctions",
  PersonalMattersReport: "personalMatters",
};

/** The shared shape of a record save: create or versioned update, side effects, audit, conflict. */
export async function saveRecord(
  actor: Actor,
  o: {
    kind: RecordKind;
    action: string;
    cadreId: string;
    id?: string;
    version?: number;
    data: Record<string, unknown>;
    find: (id: string) => Promise<Row | null>;
    create: (tx: Tx) => Promise<{ id: string; version: number }>;
    update: (tx: Tx, id: string, version: number) => Promise<void>;
    after?: (tx: Tx) => Promise<void>;
    /** the fields a conflict may name, when the actor may not see all of the kind's */
    labels?: Record<string, string>;
  },
): Promise<SaveResult> {
  await assertCadre(actor, o.cadreId);
  const set = RECORD_SETS[o.kind];
  if (set) await assertMayRead(actor, set, { type: "Cadre", id: o.cadreId }, { purpose: "edit", record: o.kind });
  const audit = (tx: Tx, objectId: string, before: Row | null) =>
    writeAudit(tx, {
      ...auditBy(actor),
      action: `${o.action}.${before ? "update" : "create"}`,
      objectType: o.kind,
      objectId,
      result: "SUCCESS",
      diff: { cadreId: o.cadreId, ...auditDiff(before, o.data) },
    });
  if (!o.id) {
    const created = await prisma.$transaction(async (tx) => {
      const r = await o.create(tx);
      await o.after?.(tx);
      await audit(tx, r.id, null);
      return r;
    });
    return { ok: true, id: created.id, version: created.version };
  }
  const before = await o.find(o.id);
  if (!before || before.cadreId !== o.cadreId) throw new NotFoundError("记录");
  try {
    await prisma.$transaction(async (tx) => {
      await o.update(tx, before.id, o.version ?? 0);
      await o.after?.(tx);
      await audit(tx, before.id, before);
    });
  } catch (e) {
    if (!(e instanceof StaleVersionError)) throw e;
    const now = await o.find(before.id);
    return {
      ok: false,
      conflict: await describeConflict({
        objectType: o.kind,
        objectId: before.id,
        actions: RECORD_WRITE_ACTIONS[o.kind],
        expectedVersion: o.version ?? 0,
        currentVersion: now?.version ?? before.version,
        labels: o.labels ?? RECORD_FIELD_LABELS[o.kind],
        formats: { ...RECORD_FORMATS[o.kind], postId: postNameFormat(actor) },
      }),
    };
  }
  return { ok: true, id: before.id, version: (o.version ?? 0) + 1 };
}

export async function saveEducation(actor: Actor, input: z.output<typeof educationSchema>): Promise<SaveResult> {
  // The flags are the 院校代码表's reading of the school, not the editor's to set.
  const flags = recordFlags(await loadSchoolMatcher(), { school: input.school, major: input.major });
  const data = {
    level: input.level,
    degree: input.degree,
    fullTime: input.fullTime,
    school: input.school,
    major: input.major || null,
    startDate: day(input.startDate),
    graduationDate: day(input.graduationDate),
    degreeDiscipline: input.degree === "NONE" ? null : input.degreeDiscipline || null,
    ...flags,
  };
  return saveRecord(actor, {
    kind: "EducationRecord",
    action: "education",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    find: (id) => prisma.educationRecord.findUnique({ where: { id } }),
    create: (tx) =>
      tx.educationRecord.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true, version: true } }),
    update: (tx, id, v) => updateVersioned(tx.educationRecord, "EducationRecord", id, v, data),
    after: (tx) => syncEducationSummary(tx, input.cadreId),
  });
}

/** The units page's rule, here too: a leadership post has one holder at a time. */
async function onePostHolder(
  tx: Tx,
  post: { id: string; isLeadership: boolean },
  cadreId: string,
  data: { startDate: Date; endDate: Date | null },
  exceptId?: string,
) {
  const clash = await clashingHolder(tx, post, { cadreId, start: data.startDate, end: data.endDate, exceptId });
  if (clash) throw new FieldError("startDate", clash.message);
  await touchPost(tx, post.id);
}

export async function saveAppointment(actor: Actor, input: z.output<typeof appointmentSchema>): Promise<SaveResult> {
  const post = await prisma.post.findFirst({
    where: { id: input.postId, archivedAt: null, unit: unitScope(actor) },
    include: { unit: { select: { id: true, name: true } } },
  });
  if (!post) throw new FieldError("postId", "请选择有效的职位");
  const data = {
    postId: post.id,
    startDate: toDay(input.startDate),
    endDate: day(input.endDate),
    endReason: input.endReason || null,
    documentNo: input.documentNo || null,
    note: input.note || null,
  };
  return saveRecord(actor, {
    kind: "Appointment",
    action: "appointment",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    find: (id) => prisma.appointment.findUnique({ where: { id } }),
    create: async (tx) => {
      await onePostHolder(tx, post, input.cadreId, data);
      return tx.appointment.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true, version: true } });
    },
    update: async (tx, id, v) => {
      await updateVersioned(tx.appointment, "Appointment", id, v, data);
      await onePostHolder(tx, post, input.cadreId, data, id);
    },
    // 现任职务, unit and 职务层次 follow the history (and the cadre's version is bumped, so an
    // edit of the basic information opened before this is not silently overwritten)
    after: async (tx) => void (await syncCurrentPost(tx, input.cadreId, todayInChina(), actor)),
  });
}

export function saveAssessment(actor: Actor, input: z.output<typeof assessmentSchema>): Promise<SaveResult> {
  const data = { year: input.year, grade: input.grade, note: input.note || null };
  return saveRecord(actor, {
    kind: "Assessment",
    action: "assessment",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    find: (id) => prisma.assessment.findUnique({ where: { id } }),
    create: async (tx) => {
      const dup = await tx.assessment.findUnique({
        where: { cadreId_year: { cadreId: input.cadreId, year: input.year } },
        select: { id: true },
      });
      if (dup) throw new FieldError("year", `${input.year}年度考核结果已登记，请在原记录上修改`);
      return tx.assessment.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true, version: true } });
    },
    update: async (tx, id, v) => {
      const dup = await tx.assessment.findFirst({
        where: { cadreId: input.cadreId, year: input.year, NOT: { id } },
        select: { id: true },
      });
      if (dup) throw new FieldError("year", `${input.year}年度考核结果已登记，请在原记录上修改`);
      await updateVersioned(tx.assessment, "Assessment", id, v, data);
    },
  });
}
