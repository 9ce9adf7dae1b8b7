import { describe, expect, it } from "vitest";
import { addFeedbackAction, createMentorshipsAction, endMentorshipAction } from "@/app/(app)/training/mentors/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { feedbackNotes, getMentorship, listMentorships } from "@/lib/server/development/mentorships";
import { NotFoundError } from "@/lib/errors/user-facing";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { makeCadre, makeWorld, utc } from "./world";

describe("mentors (WS-MENTOR)", () => {
  it("assigns two mentors to one mentee in one action, one audit row each, and lists the mentees per mentor", async () => {
    const { a, actors } = await makeWorld();
    const [mentee, m1, m2] = [
      await makeCadre({ unitId: a.id }),
      await makeCadre({ unitId: a.id, name: "导师甲" }),
      await makeCadre({ unitId: a.id, name: "导师乙" }),
    ];
    const r = await runAs(actors.org, () =>
      createMentorshipsAction({ menteeId: mentee.id, mentorIds: [m1.id, m2.id], startDate: "2026-01-05" }),
    );
    expect(r?.data?.ids).toHaveLength(2);
    expect(
      await prisma.auditLog.count({ where: { action: "mentorship.create", objectId: { in: r?.data?.ids ?? [] } } }),
    ).toBe(2);
    const mine = (await listMentorships(actors.org)).filter((m) => m.menteeId === mentee.id);
    expect(mine.map((m) => m.mentor.name).sort()).toEqual(["导师乙", "导师甲"].sort());
    const again = await runAs(actors.org, () =>
      createMentorshipsAction({ menteeId: mentee.id, mentorIds: [m1.id], startDate: "2026-06-01" }),
    );
    expect(again?.serverError).toBe("导师甲已是该同志的导师，无需重复结对");
    const self = await runAs(actors.org, () =>
      createMentorshipsAction({ menteeId: mentee.id, mentorIds: [mentee.id], startDate: "2026-06-01" }),
    );
    expect(fieldErrorsOf(self?.validationErrors)("mentorIds")).toBe("导师不能是培养对象本人");
  });

  it("records feedback notes, keeps lastFeedbackOn at the newest date, refuses a stale note, and ends the mentorship", async () => {
    const { a, actors } = await makeWorld();
    const [mentee, mentor] = [await makeCadre({ unitId: a.id }), await makeCadre({ unitId: a.id })];
    const created = await runAs(actors.org, () =>
      createMentorshipsAction({ menteeId: mentee.id, mentorIds: [mentor.id], startDate: "2025-01-06" }),
    );
    const id = created?.data?.ids[0] ?? "";
    expect(
      (await runAs(actors.org, () => addFeedbackAction({ id, version: 1, date: "2025-09-01", note: "指导公文写作" })))
        ?.data,
    ).toEqual({ ok: true });
    expect(
      (await runAs(actors.org, () => addFeedbackAction({ id, version: 2, date: "2025-04-01", note: "补记：熟悉岗位" })))
        ?.data,
    ).toEqual({ ok: true });
    const stale = await runAs(actors.org, () =>
      addFeedbackAction({ id, version: 2, date: "2025-10-01", note: "会丢失的反馈" }),
    );
    expect(stale?.serverError).toContain("已被他人修改");
    const before = await runAs(actors.org, () =>
      addFeedbackAction({ id, version: 3, date: "2024-12-01", note: "早于结对" }),
    );
    expect(before?.serverError).toBe("反馈日期不能早于结对日期");
    const row = await prisma.mentorship.findUniqueOrThrow({ where: { id } });
    expect(row.lastFeedbackOn).toEqual(utc("2025-09-01"));
    expect(feedbackNotes(row.feedback).map((n) => n.note)).toEqual(["补记：熟悉岗位", "指导公文写作"]);
    expect(
      (await runAs(actors.org, () => endMentorshipAction({ id, version: 3, endDate: "2026-01-05" })))?.data,
    ).toEqual({ ok: true });
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id } })).endDate).toEqual(utc("2026-01-05"));
  });

  it("a unit user sees only mentorships of their own unit's mentees, and cannot record feedback", async () => {
    const { a, b, actors } = await makeWorld();
    const [mine, theirs, mentor] = [
      await makeCadre({ unitId: a.id }),
      await makeCadre({ unitId: b.id }),
      await makeCadre({ unitId: b.id }),
    ];
    const r1 = await runAs(actors.org, () =>
      createMentorshipsAction({ menteeId: mine.id, mentorIds: [mentor.id], startDate: "2026-01-05" }),
    );
    const r2 = await runAs(actors.org, () =>
      createMentorshipsAction({ menteeId: theirs.id, mentorIds: [mentor.id], startDate: "2026-01-05" }),
    );
    const seen = (await listMentorships(actors.unitA)).map((m) => m.id);
    expect(seen).toContain(r1?.data?.ids[0]);
    expect(seen).not.toContain(r2?.data?.ids[0]);
    await expect(getMentorship(actors.unitA, r2?.data?.ids[0] ?? "")).rejects.toBeInstanceOf(NotFoundError);
    const denied = await runAs(actors.unitA, () =>
      addFeedbackAction({ id: r1?.data?.ids[0] ?? "", version: 1, date: "2026-02-01", note: "x" }),
    );
    expect(denied?.serverError).toBe("您没有执行此操作的权限");
  });
});
