import { describe, expect, it } from "vitest";
import {
  addPlanNoteAction,
  closePlanAction,
  createPlanAction,
  updatePlanAction,
} from "@/app/(app)/training/plans/actions";
import { resolveProfile } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { planNotes } from "@/lib/development/plan-notes";
import { getPlan, listPlanSubjects } from "@/lib/server/development/plans";
import { NotFoundError } from "@/lib/errors/user-facing";
import { errorAt, fieldErrorsOf } from "@/components/forms/field-errors";
import { makeCadre, makeWorld, utc } from "./world";

const goal = (dueOn: string, doneOn = "") => ({
  stage: "近期",
  goal: "到基层党组织书记岗位历练",
  measures: "安排到社区挂职",
  measureKinds: ["PRACTICE" as const],
  dueOn,
  doneOn,
});
const profile = resolveProfile("work-summary");

async function memberWithEntry(unitId: string) {
  const c = await makeCadre({ unitId, tier: "SECTION" });
  const entry = await prisma.poolEntry.findFirstOrThrow({ where: { cadreId: c.id } });
  return { c, entry };
}

describe("一人一策 development plans (WS-PLAN)", () => {
  it("creates a plan for a pool member, refuses a second open one, saves goals with the version, and refuses a stale save", async () => {
    const { a, actors } = await makeWorld();
    const { c, entry } = await memberWithEntry(a.id);
    const r = await runAs(actors.org, () =>
      createPlanAction({ poolEntryId: entry.id, title: "培养计划", goals: [goal("2027-06-30")] }),
    );
    const id = r?.data?.id ?? "";
    expect(id).not.toBe("");
    const dup = await runAs(actors.org, () =>
      createPlanAction({ poolEntryId: entry.id, title: "第二份", goals: [goal("2027-06-30")] }),
    );
    expect(dup?.serverError).toBe("该同志已有执行中的培养计划，请在原计划中调整目标");
    const empty = await runAs(actors.org, () => updatePlanAction({ id, version: 1, title: "培养计划", goals: [] }));
    expect(fieldErrorsOf(empty?.validationErrors)("goals")).toBe("请至少填写一项阶段目标");
    expect(
      (
        await runAs(actors.org, () =>
          updatePlanAction({
            id,
            version: 1,
            title: "培养计划（修订）",
            goals: [goal("2027-06-30", "2026-11-01"), goal("2028-06-30")],
          }),
        )
      )?.data,
    ).toEqual({ ok: true });
    const stale = await runAs(actors.org, () =>
      updatePlanAction({ id, version: 1, title: "旧版本", goals: [goal("2027-06-30")] }),
    );
    expect(stale?.serverError).toContain("已被他人修改");
    const saved = await prisma.developmentPlan.findUniqueOrThrow({
      where: { id },
      include: { goals: { orderBy: { position: "asc" } } },
    });
    expect(saved.title).toBe("培养计划（修订）");
    expect(saved.goals.map((g) => [g.position, g.dueOn, g.doneOn, g.measureKinds])).toEqual([
      [0, utc("2027-06-30"), utc("2026-11-01"), ["PRACTICE"]],
      [1, utc("2028-06-30"), null, ["PRACTICE"]],
    ]);
    expect(saved.cadreId).toBe(c.id);
    expect(
      (
        await runAs(actors.org, () =>
          addPlanNoteAction({ id, version: 2, date: "2026-11-02", source: "导师反馈", note: "挂职表现良好" }),
        )
      )?.data,
    ).toEqual({ ok: true });
    expect(
      planNotes((await prisma.developmentPlan.findUniqueOrThrow({ where: { id } })).progressNotes).map((n) => n.note),
    ).toEqual(["挂职表现良好"]);
    expect((await runAs(actors.org, () => closePlanAction({ id, version: 3 })))?.data).toEqual({ ok: true });
    const afterClose = await runAs(actors.org, () =>
      addPlanNoteAction({ id, version: 4, date: "2026-11-02", source: "其他", note: "x" }),
    );
    expect(afterClose?.serverError).toBe("该培养计划已结束，不能再修改");
  });

  it("refuses a plan with a goal that fails validation, naming the goal's field in Chinese, and keeps the saved goals", async () => {
    const { a, actors } = await makeWorld();
    const { entry } = await memberWithEntry(a.id);
    const id =
      (
        await runAs(actors.org, () =>
          createPlanAction({ poolEntryId: entry.id, title: "培养计划", goals: [goal("2027-06-30")] }),
        )
      )?.data?.id ?? "";
    const bad = await runAs(actors.org, () =>
      updatePlanAction({
        id,
        version: 1,
        title: "培养计划",
        goals: [goal("2027-06-30"), { ...goal("2027-13-01"), goal: "  " }],
      }),
    );
    expect(errorAt(bad?.validationErrors, ["goals", 1, "goal"])).toBe("请填写阶段目标");
    expect(errorAt(bad?.validationErrors, ["goals", 1, "dueOn"])).toBe("完成期限不是有效日期");
    const kept = await prisma.developmentPlanGoal.findMany({ where: { planId: id } });
    expect(kept.map((g) => [g.position, g.dueOn])).toEqual([[0, utc("2027-06-30")]]);
    const other = await memberWithEntry(a.id);
    const none = await runAs(actors.org, () =>
      createPlanAction({ poolEntryId: other.entry.id, title: "乙", goals: [{ ...goal("2027-06-30"), stage: "" }] }),
    );
    expect(errorAt(none?.validationErrors, ["goals", 0, "stage"])).toBe("请填写阶段");
    expect(await prisma.developmentPlan.count({ where: { poolEntryId: other.entry.id } })).toBe(0);
  });

  it("flags a goal due yesterday and not done as overdue, but not one due today (asOf 2026-11-22)", async () => {
    const { a, actors } = await makeWorld();
    const asOf = utc("2026-11-22");
    const late = await memberWithEntry(a.id);
    const onTime = await memberWithEntry(a.id);
    const none = await memberWithEntry(a.id);
    await runAs(actors.org, () =>
      createPlanAction({ poolEntryId: late.entry.id, title: "甲", goals: [goal("2026-11-21")] }),
    );
    await runAs(actors.org, () =>
      createPlanAction({ poolEntryId: onTime.entry.id, title: "乙", goals: [goal("2026-11-22")] }),
    );
    const rows = await listPlanSubjects(actors.org, profile, asOf);
    const by = (id: string) => rows.find((r) => r.entry.id === id)!.check;
    expect(by(late.entry.id)).toMatchObject({ ruleId: "WS-PLAN", passed: false, values: { overdueGoals: 1 } });
    expect(by(onTime.entry.id)).toMatchObject({ passed: true });
    expect(by(none.entry.id)).toMatchObject({ passed: false, values: { openPlans: 0 } });
  });

  it("a unit user sees only their unit's pool members and plans", async () => {
    const { a, b, actors } = await makeWorld();
    const mine = await memberWithEntry(a.id);
    const theirs = await memberWithEntry(b.id);
    const r = await runAs(actors.org, () =>
      createPlanAction({ poolEntryId: theirs.entry.id, title: "外单位", goals: [goal("2027-01-01")] }),
    );
    const entries = (await listPlanSubjects(actors.unitA, profile)).map((x) => x.entry.id);
    expect(entries).toEqual([mine.entry.id]);
    await expect(getPlan(actors.unitA, r?.data?.id ?? "")).rejects.toBeInstanceOf(NotFoundError);
  });
});
