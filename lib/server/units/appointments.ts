import "server-only";
import { appointmentEndReasonLabel } from "@/lib/labels";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { addYears, ageOn } from "@/lib/rules";
import type { AppointInput, EndAppointmentInput } from "@/lib/validation/units";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope, unitScope } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { findManagedPost } from "./manage-posts";
import { FieldError } from "@/lib/errors/field-errors";
import { syncCurrentPost } from "@/lib/server/cadres/sync-current-post";
import { appointmentVerdict } from "./appointment-checks";
import { endOtherAppointments } from "./end-others";
import { clashingHolder } from "./post-holders";

const MIN_AGE = 18;

/**
 * Appoints a cadre to a post from startDate (任职). A leadership post holds one person at a
 * time: an appointment still running on startDate must be ended first. The post's version is
 * bumped in the same transaction, so two people appointing to the same post at once cannot
 * both succeed — the second sees a conflict. A promotion is checked by the rules
 * (appointment-checks.ts): a hard failure needs a 破格 reason, stored and audited.
 * 同时免去原职务 (`endOthers`, on by default for a leadership post) ends the cadre's other
 * running appointments the day before. The cadre's 现任职务, unit and 职务层次 follow
 * (syncCurrentPost) in the same transaction.
 */
export async function appointCadre(actor: Actor, input: AppointInput, now = new Date()): Promise<{ id: string }> {
  const post = await findManagedPost(actor, input.postId);
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: input.cadreId }, cadreScope(actor, "read"), { archivedAt: null }] },
    select: { id: true, name: true, birthDate: true, status: true },
  });
  if (!cadre) throw new FieldError("cadreId", "未找到该干部，或不在您的查看范围内");
  if (cadre.status !== "SERVING") throw new FieldError("cadreId", `${cadre.name}不是在职干部，不能任职`);
  if (ageOn(cadre.birthDate, input.startDate) < MIN_AGE)
    throw new FieldError("startDate", `任职时间早于${cadre.name}年满${MIN_AGE}周岁之日`);
  if (input.startDate.getTime() > addYears(todayInChina(now), 1).getTime())
    throw new FieldError("startDate", "任职时间不能晚于一年以后");
  const verdict = await appointmentVerdict(cadre.id, post, input.startDate);
  const exceptionReason = input.exceptionReason?.trim() || null;
  if (verdict?.hardFailures && !exceptionReason)
    throw new FieldError(
      "exceptionReason",
      `${cadre.name}${verdict.label}有${verdict.hardFailures}项条件不符合（${verdict.failedRules.join("、")}），确需任职的，请填写破格理由`,
    );
  const endOthers = input.endOthers ?? post.isLeadership;

  return prisma.$transaction(async (tx) => {
    // Anyone whose appointment to this post has not ended before startDate.
    const clash = await clashingHolder(tx, post, { cadreId: cadre.id, start: input.startDate, end: null });
    if (clash) throw new FieldError("startDate", clash.message);
    await updateVersioned(tx.post, "职位", post.id, input.postVersion, {});
    const ended = endOthers ? await endOtherAppointments(tx, actor, cadre.id, post, input.startDate) : [];
    const data = {
      cadreId: cadre.id,
      postId: post.id,
      startDate: input.startDate,
      documentNo: input.documentNo,
      note: input.note,
      exceptionReason: verdict?.hardFailures ? exceptionReason : null,
    };
    const created = await tx.appointment.create({ data, select: { id: true } });
    await syncCurrentPost(tx, cadre.id, todayInChina(now), actor);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "appointment.create",
      objectType: "Appointment",
      objectId: created.id,
      result: "SUCCESS",
      diff: {
        ...auditDiff(null, { ...data, cadreName: cadre.name, postTitle: post.title }),
        ...(verdict
          ? { verdict: { target: verdict.label, failedRules: verdict.failedRules, warnings: verdict.warnings } }
          : {}),
        ...(ended.length ? { endedAppointmentIds: ended } : {}),
      },
    });
    return created;
  });
}

/** Ends an appointment (免职、离任) on endDate with how it ended; the record stays as history. */
export async function endAppointment(
  actor: Actor,
  input: EndAppointmentInput,
  now = new Date(),
): Promise<{ cadreId: string }> {
  const appt = await prisma.appointment.findFirst({
    where: { AND: [{ id: input.appointmentId }, { post: { unit: unitScope(actor, "manage") } }] },
    select: {
      id: true,
      startDate: true,
      endDate: true,
      endReason: true,
      cadreId: true,
      cadre: { select: { name: true } },
      post: { select: { title: true } },
    },
  });
  if (!appt) throw await refusedRead(actor, "Appointment", input.appointmentId, "任职记录");
  if (appt.endDate) {
    const how = appt.endReason ? `（${appointmentEndReasonLabel[appt.endReason]}）` : "";
    throw new FieldError("endDate", `该任职已于${formatDate(appt.endDate)}结束${how}`);
  }
  if (input.endDate.getTime() < appt.startDate.getTime())
    throw new FieldError("endDate", `离任时间不能早于任职时间（${formatDate(appt.startDate)}）`);
  if (input.endDate.getTime() > addYears(todayInChina(now), 1).getTime())
    throw new FieldError("endDate", "离任时间不能晚于一年以后");
  await prisma.$transaction(async (tx) => {
    const data = { endDate: input.endDate, endReason: input.endReason };
    await updateVersioned(tx.appointment, "任职记录", appt.id, input.version, data);
    await syncCurrentPost(tx, appt.cadreId, todayInChina(now), actor);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "appointment.end",
      objectType: "Appointment",
      objectId: appt.id,
      result: "SUCCESS",
      diff: auditDiff({ endDate: null, endReason: null }, data),
    });
  });
  return { cadreId: appt.cadreId };
}

/** One running appointment of a unit the actor manages, for the end-appointment form. */
export async function getAppointmentForEnd(actor: Actor, appointmentId: string) {
  const appt = await prisma.appointment.findFirst({
    where: { AND: [{ id: appointmentId }, { post: { unit: unitScope(actor, "manage") } }] },
    select: {
      id: true,
      version: true,
      startDate: true,
      endDate: true,
      documentNo: true,
      cadre: { select: { name: true, gender: true, birthDate: true } },
      post: { select: { title: true, unitId: true, unit: { select: { name: true } } } },
    },
  });
  if (!appt) throw await refusedRead(actor, "Appointment", appointmentId, "任职记录");
  return appt;
}
