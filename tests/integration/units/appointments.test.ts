import { describe, expect, it } from "vitest";
import { appointAction, endAppointmentAction } from "@/app/(app)/units/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { appointCadre, endAppointment } from "@/lib/server/units/appointments";
import { getUnitTeam } from "@/lib/server/units/unit-team";
import { FieldError } from "@/lib/errors/field-errors";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, createStreetWithTeam, d, EXCEPTION } from "./team-fixture";

const NOW = new Date("2026-06-30T04:00:00Z"); // 2026-06-30 in China

async function org() {
  return actorOf(await createTestUser("ORG_STAFF"));
}

describe("appointing a cadre to a post and ending it", () => {
  it("appoints, bumps the post's version, audits, and the team view shows the holder with age 39 on 2026-06-30 (born 1986-07-01)", async () => {
    const actor = await org();
    const { unit, deputy } = await createStreetWithTeam();
    const cadre = await createCadreBorn(unit.id, "周宁", "1986-07-01");
    const { id } = await appointCadre(
      actor,
      {
        postId: deputy.id,
        postVersion: deputy.version,
        cadreId: cadre.id,
        startDate: d("2024-03-01"),
        documentNo: "青组干〔2024〕3号",
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );

    expect((await prisma.post.findUniqueOrThrow({ where: { id: deputy.id } })).version).toBe(deputy.version + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "appointment.create", objectId: id } });
    expect(audit.userId).toBe(actor.userId);
    expect(audit.diff).toMatchObject({
      cadreName: { from: null, to: "周宁" },
      postTitle: { from: null, to: "办事处副主任" },
    });

    const team = await getUnitTeam(actor, unit.id, d("2026-06-30"));
    const row = team.team.find((p) => p.id === deputy.id)!;
    expect(row.holders.map((h) => [h.name, h.age])).toEqual([["周宁", 39]]);
    expect(team.vacancies).toEqual({ team: 1, section: 0 }); // the secretary's post is empty
    expect(team.teamStructure).toMatchObject({ members: 1, about40: 1, averageAge: 39 });
  });

  it("refuses a second holder of a leadership post while the first has not left, naming the holder; nothing is written", async () => {
    const actor = await org();
    const { unit, deputy } = await createStreetWithTeam();
    const first = await createCadreBorn(unit.id, "陈立", "1980-01-01");
    const second = await createCadreBorn(unit.id, "林静", "1985-01-01", "FEMALE");
    await appointCadre(
      actor,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: first.id,
        startDate: d("2020-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    const err = await appointCadre(
      actor,
      {
        postId: deputy.id,
        postVersion: 2,
        cadreId: second.id,
        startDate: d("2026-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect(err.field).toBe("startDate");
    expect(err.message).toContain("陈立，2020.01.01至今");
    expect(await prisma.appointment.count({ where: { postId: deputy.id } })).toBe(1);
  });

  it("detects a concurrent appointment by the post's version (the second save sees a conflict)", async () => {
    const actor = await org();
    const { unit, secretary } = await createStreetWithTeam();
    const a = await createCadreBorn(unit.id, "甲", "1978-02-02");
    const b = await createCadreBorn(unit.id, "乙", "1979-03-03");
    await appointCadre(
      actor,
      {
        postId: secretary.id,
        postVersion: 1,
        cadreId: a.id,
        startDate: d("2025-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    await endAppointment(
      actor,
      {
        appointmentId: (await prisma.appointment.findFirstOrThrow({ where: { cadreId: a.id } })).id,
        version: 1,
        endDate: d("2025-06-30"),
        endReason: "ROTATED",
      },
      NOW,
    );
    // b's form was opened before a's appointment: version 1 is stale now
    await expect(
      appointCadre(
        actor,
        {
          postId: secretary.id,
          postVersion: 1,
          cadreId: b.id,
          startDate: d("2025-07-01"),
          documentNo: null,
          note: null,
          exceptionReason: EXCEPTION,
        },
        NOW,
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it("ends an appointment with date and reason, keeps it as history, audits it, and refuses to end it twice", async () => {
    const actor = await org();
    const { unit, deputy } = await createStreetWithTeam();
    const cadre = await createCadreBorn(unit.id, "王川", "1975-05-05");
    const { id } = await appointCadre(
      actor,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: cadre.id,
        startDate: d("2019-09-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    await endAppointment(
      actor,
      { appointmentId: id, version: 1, endDate: d("2026-03-31"), endReason: "PROMOTED" },
      NOW,
    );
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id } });
    expect([row.endDate?.toISOString().slice(0, 10), row.endReason, row.version]).toEqual([
      "2026-03-31",
      "PROMOTED",
      2,
    ]);
    expect(await prisma.auditLog.count({ where: { action: "appointment.end", objectId: id } })).toBe(1);
    await expect(
      endAppointment(actor, { appointmentId: id, version: 2, endDate: d("2026-04-30"), endReason: "OTHER" }, NOW),
    ).rejects.toThrow("该任职已于2026.03.31结束（提拔）");

    // the past is recomputed from history: on 2026-03-31 he still held the post, on 2026-04-01 it was vacant
    expect(
      (await getUnitTeam(actor, unit.id, d("2026-03-31"))).team.find((p) => p.id === deputy.id)!.holders,
    ).toHaveLength(1);
    const after = await getUnitTeam(actor, unit.id, d("2026-04-01"));
    expect(after.team.find((p) => p.id === deputy.id)!.holders).toHaveLength(0);
    expect(after.history.map((h) => [h.cadreName, h.endReason])).toEqual([["王川", "PROMOTED"]]);
  });

  it("through the server action: an end date before the start is reported beside the field and nothing changes", async () => {
    const actor = await org();
    const { unit, deputy } = await createStreetWithTeam();
    const cadre = await createCadreBorn(unit.id, "赵敏", "1990-10-10", "FEMALE");
    const { id } = await appointCadre(
      actor,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: cadre.id,
        startDate: d("2024-05-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    const r = await runAs(actor, () =>
      endAppointmentAction({ appointmentId: id, version: 1, endDate: "2024-04-30", endReason: "REMOVED" }),
    );
    expect(r?.validationErrors?.endDate?._errors?.[0]).toBe("离任时间不能早于任职时间（2024.05.01）");
    const bad = await runAs(actor, () =>
      endAppointmentAction({ appointmentId: id, version: 1, endDate: "2026-02-30", endReason: "REMOVED" }),
    );
    expect(bad?.validationErrors?.endDate?._errors?.[0]).toBe("离任时间不是有效日期（格式：年-月-日）");
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id } })).endDate).toBeNull();
  });

  it("through the server action: a stale version shows the conflict message and does not overwrite", async () => {
    const actor = await org();
    const { unit, deputy } = await createStreetWithTeam();
    const cadre = await createCadreBorn(unit.id, "钱程", "1988-08-08");
    const { id } = await appointCadre(
      actor,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: cadre.id,
        startDate: d("2024-05-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    await prisma.appointment.update({ where: { id }, data: { note: "他人修改", version: { increment: 1 } } });
    const r = await runAs(actor, () =>
      endAppointmentAction({ appointmentId: id, version: 1, endDate: "2025-01-01", endReason: "ROTATED" }),
    );
    expect(r?.serverError).toContain("该记录已被他人修改");
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id } })).endDate).toBeNull();
  });

  it("a leader may not appoint: the action is refused and the refusal audited", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const { unit, deputy } = await createStreetWithTeam();
    const cadre = await createCadreBorn(unit.id, "孙亮", "1987-07-07");
    const r = await runAs(leader, () =>
      appointAction({ postId: deputy.id, postVersion: 1, cadreId: cadre.id, startDate: "2026-01-01" }),
    );
    expect(r?.serverError).toBe("您没有执行此操作的权限");
    expect(await prisma.appointment.count({ where: { postId: deputy.id } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { action: "appointment.create", userId: leader.userId, result: "DENIED" } }),
    ).toBe(1);
  });
});
