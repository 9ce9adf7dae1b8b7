// The refused reads beyond the five detail pages: a unit's team, posts and appointments, the
// pool entry's nominee, the nomination's nominee check, a policy version. Each answers the
// same not-found as before and leaves exactly one DENIED row with the actor's context.
import { describe, expect, it } from "vitest";
import { endAppointmentAction } from "@/app/(app)/units/actions";
import { auditSessionHash } from "@/lib/audit/by";
import { NotFoundError } from "@/lib/errors/user-facing";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { checkNomineeInScope } from "@/lib/server/nominations";
import { getProfileRow } from "@/lib/server/policy/profile-rows";
import { previewPoolEntry } from "@/lib/server/pool/enter";
import { getAppointmentForEnd } from "@/lib/server/units/appointments";
import { findManagedPost } from "@/lib/server/units/manage-posts";
import { getUnitTeam } from "@/lib/server/units/unit-team";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";
import { createStreetWithTeam, d } from "../units/team-fixture";

const lastId = async () => (await prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id;

/** Runs a read that must answer NotFoundError; returns the audit rows it wrote. */
async function refusedWith(read: () => Promise<unknown>) {
  const before = (await lastId()) ?? BigInt(0);
  await expect(read()).rejects.toBeInstanceOf(NotFoundError);
  return prisma.auditLog.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" } });
}

function contextOf(actor: { sessionId: string | null; requestId: string | null; unitId: string | null }) {
  return {
    result: "DENIED",
    unitId: actor.unitId,
    sessionHash: auditSessionHash(actor.sessionId!),
    requestId: actor.requestId,
    userAgent: "vitest",
  };
}

describe("units: team, posts and appointments", () => {
  it("a UNIT account asking for another unit's team gets not found and one outOfScope row with its unit, session and request", async () => {
    const own = await createTestUnit();
    const { unit: other } = await createStreetWithTeam();
    const user = await createTestUser("UNIT", { unitId: own.id });
    const actor = actorOf(user, { sessionId: "sid-team", requestId: "req-team" });

    const rows = await refusedWith(() => getUnitTeam(actor, other.id, d("2026-06-30")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ...contextOf(actor),
      unitId: own.id,
      userId: user.id,
      action: "read.denied",
      objectType: "Unit",
      objectId: other.id,
      diff: { reason: "outOfScope" },
    });
  });

  it("a UNIT account ending another unit's appointment is refused by the permission table: one DENIED row with its context, the appointment untouched", async () => {
    const own = await createTestUnit();
    const { unit: other, deputy } = await createStreetWithTeam();
    const cadre = await createTestCadre(other.id);
    const appt = await prisma.appointment.create({
      data: { postId: deputy.id, cadreId: cadre.id, startDate: d("2024-01-01") },
    });
    const actor = actorOf(await createTestUser("UNIT", { unitId: own.id }), {
      sessionId: "sid-appt",
      requestId: "req-appt",
    });
    const before = (await lastId()) ?? BigInt(0);
    const r = await runAs(actor, () =>
      endAppointmentAction({ appointmentId: appt.id, version: 1, endDate: "2025-01-01", endReason: "REMOVED" }),
    );
    expect(r?.serverError).toBeTruthy();
    const rows = await prisma.auditLog.findMany({ where: { id: { gt: before } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...contextOf(actor), unitId: own.id, action: "appointment.end" });
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: appt.id } })).endDate).toBeNull();
  });

  it("an archived post and a nonexistent appointment answer not found and are recorded as missing", async () => {
    const { staff } = await createStreetWithTeam();
    await prisma.post.update({ where: { id: staff.id }, data: { archivedAt: new Date() } });
    const actor = actorOf(await createTestUser("ORG_STAFF"), { sessionId: "sid-post", requestId: "req-post" });

    const post = await refusedWith(() => findManagedPost(actor, staff.id));
    expect(post).toHaveLength(1);
    expect(post[0]).toMatchObject({
      ...contextOf(actor),
      action: "read.denied",
      objectType: "Post",
      objectId: staff.id,
      diff: { reason: "missing" },
    });
    const appt = await refusedWith(() => getAppointmentForEnd(actor, "no-such-appointment"));
    expect(appt).toHaveLength(1);
    expect(appt[0]).toMatchObject({
      ...contextOf(actor),
      objectType: "Appointment",
      objectId: "no-such-appointment",
      diff: { reason: "missing" },
    });
  });
});

describe("the nominee of a pool entry or a nomination", () => {
  it("pool/enter for a cadre the staff member is recused from answers not found and records recused", async () => {
    const unit = await createTestUnit();
    const cadre = await createTestCadre(unit.id, "王五");
    const actor = actorOf(await createTestUser("ORG_STAFF"), {
      recusedCadreIds: [cadre.id],
      sessionId: "sid-pool",
      requestId: "req-pool",
    });

    const rows = await refusedWith(() => previewPoolEntry(actor, cadre.id, "SECTION", d("2026-06-30")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ...contextOf(actor),
      action: "read.denied",
      objectType: "Cadre",
      objectId: cadre.id,
      diff: { reason: "recused" },
    });
  });

  it("a UNIT account checking another unit's cadre as a nominee answers not found and records outOfScope", async () => {
    const [own, other] = [await createTestUnit(), await createTestUnit()];
    const cadre = await createTestCadre(other.id);
    const actor = actorOf(await createTestUser("UNIT", { unitId: own.id }), {
      sessionId: "sid-nominee",
      requestId: "req-nominee",
    });

    const rows = await refusedWith(() => checkNomineeInScope(actor, cadre.id, "SECTION", d("2026-06-30")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ...contextOf(actor),
      unitId: own.id,
      objectType: "Cadre",
      objectId: cadre.id,
      diff: { reason: "outOfScope" },
    });
  });
});

describe("policy versions", () => {
  it("a policy profile id that does not exist answers not found and records missing", async () => {
    const actor = actorOf(await createTestUser("ORG_STAFF"), { sessionId: "sid-policy", requestId: "req-policy" });

    const rows = await refusedWith(() => getProfileRow(actor, "no-such-profile"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ...contextOf(actor),
      action: "read.denied",
      objectType: "PolicyProfile",
      objectId: "no-such-profile",
      diff: { reason: "missing" },
    });
  });
});
