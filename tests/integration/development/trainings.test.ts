import { describe, expect, it } from "vitest";
import {
  addAttendeesAction,
  createTrainingAction,
  setCompletionAction,
  updateAttendanceAction,
} from "@/app/(app)/training/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { searchPicker } from "@/lib/server/development/cadre-picker";
import { getTraining, listTrainings } from "@/lib/server/development/trainings";
import { prisma } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors/user-facing";
import { resolveProfile } from "@/lib/rules";
import { makeCadre, makeWorld, utc } from "./world";

const PAST = {
  kind: "YOUNG_CADRE_CLASS" as const,
  organizer: "区委党校",
  startDate: "2026-09-01",
  endDate: "2026-09-30",
  hours: "180",
  fullTimeOffJob: true,
};

async function newTraining(actor: Parameters<typeof runAs>[0], name = "第12期中青年干部培训班", fields = PAST) {
  const r = await runAs(actor, () => createTrainingAction({ name, ...fields }));
  if (!r?.data) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe("trainings and attendees", () => {
  it("refuses an end date before the start beside the field and creates nothing", async () => {
    const { actors } = await makeWorld();
    const before = await prisma.training.count();
    const r = await runAs(actors.org, () =>
      createTrainingAction({ name: "错误日期", ...PAST, startDate: "2026-09-30", endDate: "2026-09-01" }),
    );
    expect(r?.validationErrors?.endDate?._errors?.[0]).toBe("结束日期不能早于开始日期");
    const bad = await runAs(actors.org, () => createTrainingAction({ name: "", ...PAST, startDate: "2026-02-30" }));
    expect(bad?.validationErrors?.name?._errors?.[0]).toBe("请填写培训名称");
    expect(bad?.validationErrors?.startDate?._errors?.[0]).toBe("开始日期不是有效日期");
    expect(await prisma.training.count()).toBe(before);
  });

  it("adds twenty cadres in one transaction with one audit row per attendance, skipping those already enrolled", async () => {
    const { a, actors } = await makeWorld();
    const cadres: { id: string }[] = [];
    for (let i = 0; i < 20; i++) cadres.push(await makeCadre({ unitId: a.id, tier: "SECTION" }));
    const id = await newTraining(actors.org);
    const first = await runAs(actors.org, () =>
      addAttendeesAction({ trainingId: id, cadreIds: cadres.slice(0, 5).map((c) => c.id) }),
    );
    expect(first?.data).toEqual({ added: 5, alreadyEnrolled: [] });
    const r = await runAs(actors.org, () => addAttendeesAction({ trainingId: id, cadreIds: cadres.map((c) => c.id) }));
    expect(r?.data?.added).toBe(15);
    expect(r?.data?.alreadyEnrolled).toHaveLength(5);
    expect(await prisma.trainingAttendance.count({ where: { trainingId: id } })).toBe(20);
    const attendanceIds = (
      await prisma.trainingAttendance.findMany({ where: { trainingId: id }, select: { id: true } })
    ).map((x) => x.id);
    expect(
      await prisma.auditLog.count({ where: { action: "training.attendee.add", objectId: { in: attendanceIds } } }),
    ).toBe(20);
  });

  it("adds nobody when one selected cadre is outside the actor's view (another unit's id for a unit user, an unknown id for staff)", async () => {
    const { a, b, actors } = await makeWorld();
    const mine = await makeCadre({ unitId: a.id });
    const id = await newTraining(actors.org);
    const auditsBefore = await prisma.auditLog.count({ where: { action: "training.attendee.add" } });
    const r = await runAs(actors.org, () =>
      addAttendeesAction({ trainingId: id, cadreIds: [mine.id, "no-such-cadre"] }),
    );
    expect(r?.serverError).toBe(new NotFoundError("所选干部").message);
    expect(await prisma.trainingAttendance.count({ where: { trainingId: id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "training.attendee.add" } })).toBe(auditsBefore);
    const other = await makeCadre({ unitId: b.id });
    const denied = await runAs(actors.unitA, () => addAttendeesAction({ trainingId: id, cadreIds: [other.id] }));
    expect(denied?.serverError).toBe(new ForbiddenError().message);
  });

  it("refuses a stale attendance update and keeps the newer one", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id });
    const id = await newTraining(actors.org);
    await runAs(actors.org, () => addAttendeesAction({ trainingId: id, cadreIds: [c.id] }));
    const att = await prisma.trainingAttendance.findFirstOrThrow({ where: { trainingId: id } });
    const ok = await runAs(actors.org, () =>
      updateAttendanceAction({ id: att.id, version: att.version, completed: true, result: "结业，考核优秀" }),
    );
    expect(ok?.data).toEqual({ ok: true });
    const stale = await runAs(actors.org, () =>
      updateAttendanceAction({ id: att.id, version: att.version, completed: false, result: "未结业" }),
    );
    expect(stale?.serverError).toContain("已被他人修改");
    const after = await prisma.trainingAttendance.findUniqueOrThrow({ where: { id: att.id } });
    expect([after.completed, after.result, after.version]).toEqual([true, "结业，考核优秀", att.version + 1]);
    const bulkStale = await runAs(actors.org, () =>
      setCompletionAction({
        trainingId: id,
        items: [{ id: att.id, version: att.version }],
        completed: false,
        result: "",
      }),
    );
    expect(bulkStale?.serverError).toContain("已被他人修改");
  });

  it("records completion only after the training has ended", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id });
    const id = await newTraining(actors.org, "明年的班", { ...PAST, startDate: "2099-03-01", endDate: "2099-03-30" });
    await runAs(actors.org, () => addAttendeesAction({ trainingId: id, cadreIds: [c.id] }));
    const att = await prisma.trainingAttendance.findFirstOrThrow({ where: { trainingId: id } });
    const r = await runAs(actors.org, () =>
      setCompletionAction({
        trainingId: id,
        items: [{ id: att.id, version: att.version }],
        completed: true,
        result: "结业",
      }),
    );
    expect(r?.serverError).toBe("培训尚未结束，不能登记结业");
    expect((await prisma.trainingAttendance.findUniqueOrThrow({ where: { id: att.id } })).completed).toBe(false);
  });

  it("shows a unit user only the events and attendees of their own unit", async () => {
    const { a, b, actors } = await makeWorld();
    const mine = await makeCadre({ unitId: a.id });
    const theirs = await makeCadre({ unitId: b.id });
    const shared = await newTraining(actors.org, "两单位共同参加");
    const foreign = await newTraining(actors.org, "仅外单位参加");
    await runAs(actors.org, () => addAttendeesAction({ trainingId: shared, cadreIds: [mine.id, theirs.id] }));
    await runAs(actors.org, () => addAttendeesAction({ trainingId: foreign, cadreIds: [theirs.id] }));
    const listed = await listTrainings(actors.unitA);
    expect(listed.map((t) => t.id)).toContain(shared);
    expect(listed.map((t) => t.id)).not.toContain(foreign);
    expect(listed.find((t) => t.id === shared)?.attendees).toBe(1);
    expect((await getTraining(actors.unitA, shared)).attendances.map((x) => x.cadreId)).toEqual([mine.id]);
    await expect(getTraining(actors.unitA, foreign)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getTraining(actors.leader, shared)).attendances).toHaveLength(2);
  });

  it("picker filters by unit, pool tier, name (characters, full pinyin, initials) and rank, pages, and orders by training need", async () => {
    const { a, b, actors } = await makeWorld();
    const profile = resolveProfile("work-summary");
    const asOf = utc("2026-11-22");
    const zs = await makeCadre({
      unitId: a.id,
      name: "张三",
      initials: "zs",
      tier: "SECTION",
      enteredOn: utc("2020-01-01"),
    });
    const ls = await makeCadre({
      unitId: a.id,
      name: "李四",
      initials: "ls",
      tier: "SECTION",
      enteredOn: utc("2025-06-01"),
    });
    await makeCadre({ unitId: a.id, name: "王五", initials: "ww", rank: "STAFF" });
    await makeCadre({ unitId: b.id, name: "张山", initials: "zs", tier: "DIVISION_DEPUTY" });
    const base = { unitId: a.id };
    expect((await searchPicker(actors.org, base, profile, asOf)).total).toBe(3);
    expect((await searchPicker(actors.org, { ...base, q: "ZS" }, profile, asOf)).rows.map((r) => r.id)).toEqual([
      zs.id,
    ]);
    // full pinyin too, like the roster and the other choosers (cadreNameWhere)
    await prisma.cadre.update({ where: { id: ls.id }, data: { namePinyin: "lisi" } });
    expect((await searchPicker(actors.org, { ...base, q: "lis" }, profile, asOf)).rows.map((r) => r.id)).toEqual([
      ls.id,
    ]);
    expect((await searchPicker(actors.org, { ...base, q: "李" }, profile, asOf)).rows.map((r) => r.id)).toEqual([
      ls.id,
    ]);
    expect((await searchPicker(actors.org, { ...base, pool: "SECTION" }, profile, asOf)).total).toBe(2);
    expect((await searchPicker(actors.org, { ...base, rank: "STAFF" }, profile, asOf)).rows.map((r) => r.name)).toEqual(
      ["王五"],
    );
    const page2 = await searchPicker(actors.org, { ...base, pageSize: 20, page: 2 }, profile, asOf);
    expect(page2.page).toBe(1); // clamped to the last page
    // zs entered 2020-01-01 with no training: due 2023-01-01, before ls (due 2028-06-01)
    const need = await searchPicker(actors.org, { ...base, sort: "need" }, profile, asOf);
    expect(need.rows.map((r) => r.id)).toEqual([zs.id, ls.id]);
    expect(need.rows[0].politicalDueOn).toEqual(utc("2023-01-01"));
    const unitView = await searchPicker(actors.unitA, { q: "zs" }, profile, asOf);
    expect(unitView.rows.map((r) => r.id)).toEqual([zs.id]);
  });
});
