import { describe, expect, it } from "vitest";
import { createPracticeAction, updatePracticeAction } from "@/app/(app)/training/practices/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { getPractice, listPractices } from "@/lib/server/development/practices";
import { NotFoundError } from "@/lib/errors/user-facing";
import { makeCadre, makeWorld, utc } from "./world";

const DUNMIAO = {
  kind: "DUNMIAO" as const,
  dunmiaoRole: "DEPUTY_SECRETARY" as const,
  hostUnitName: "测试镇",
  role: "镇党委副书记（墩苗锻炼）",
  plannedEndDate: "2028-11-30",
};

describe("practice postings and the 墩苗 check", () => {
  it("blocks a 墩苗 posting of a 科级 cadre aged 33 on the start day (born 1993-12-01, starts 2026-12-01: 33 > 32) citing SX-DOWN-AGE, and saves nothing", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, rank: "SECTION_DEPUTY", birthDate: utc("1993-12-01") });
    const audits = await prisma.auditLog.count({ where: { action: "practice.create" } });
    const r = await runAs(actors.org, () =>
      createPracticeAction({ ...DUNMIAO, cadreId: c.id, startDate: "2026-12-01" }),
    );
    expect(r?.data?.ok).toBe(false);
    const check = r?.data && !r.data.ok ? r.data.check : null;
    expect(check?.outcome).toBe("BLOCKED");
    const age = check?.lines.find((l) => l.ruleId === "SX-DOWN-AGE");
    expect(age).toMatchObject({ passed: false, severity: "hard" });
    expect(age?.message).toContain("现年33岁");
    // district-2020 is active (no profile row): the SX-DOWN rules were added for the check
    expect(check?.addedRules).toEqual(["SX-DOWN-RANK", "SX-DOWN-AGE", "SX-DOWN-ELIG"]);
    expect(await prisma.practice.count({ where: { cadreId: c.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "practice.create" } })).toBe(audits);
  });

  it("saves a 墩苗 posting of the same cadre starting one day earlier (2026-11-30: age 32 ≤ 32), with the check in the audit row", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, rank: "SECTION_DEPUTY", birthDate: utc("1993-12-01") });
    const r = await runAs(actors.org, () =>
      createPracticeAction({ ...DUNMIAO, cadreId: c.id, startDate: "2026-11-30" }),
    );
    expect(r?.data).toMatchObject({ ok: true });
    const id = r?.data?.ok ? r.data.id : "";
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "practice.create", objectId: id } });
    expect((audit.diff as { dunmiaoCheck: { to: { outcome: string } } }).dunmiaoCheck.to.outcome).toBe("OK");
    // later edits of the 墩苗 (its end, the special assessment) need no post and no new check
    const { dunmiaoRole: _omit, ...rest } = DUNMIAO;
    void _omit;
    const edit = await runAs(actors.org, () =>
      updatePracticeAction({
        ...rest,
        id,
        version: 1,
        startDate: "2026-11-30",
        specialAssessment: "优秀",
        specialAssessedOn: "2028-12-01",
      }),
    );
    expect(edit?.data).toMatchObject({ ok: true, check: null });
  });

  it("asks for a reason when only warnings remain (a recorded problem, D20-MGMT-RECORD), then saves it with the reason", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, rank: "SECTION_PRINCIPAL", birthDate: utc("1996-01-01") });
    await prisma.talk.create({
      data: {
        cadreId: c.id,
        kind: "REMINDER",
        talkedOn: utc("2026-05-01"),
        talkedBy: "组织部",
        summary: "拈轻怕重，记录在案",
        problemRecorded: true,
      },
    });
    const first = await runAs(actors.org, () =>
      createPracticeAction({ ...DUNMIAO, cadreId: c.id, startDate: "2026-10-08" }),
    );
    const check = first?.data && !first.data.ok ? first.data.check : null;
    expect(check?.outcome).toBe("NEEDS_REASON");
    expect(check?.lines.filter((l) => !l.passed).map((l) => l.ruleId)).toEqual(["D20-MGMT-RECORD"]);
    const second = await runAs(actors.org, () =>
      createPracticeAction({
        ...DUNMIAO,
        cadreId: c.id,
        startDate: "2026-10-08",
        overrideReason: "已整改，经部务会研究同意选派",
      }),
    );
    expect(second?.data?.ok).toBe(true);
    expect((await prisma.practice.findFirstOrThrow({ where: { cadreId: c.id } })).overrideReason).toBe(
      "已整改，经部务会研究同意选派",
    );
  });

  it("a tolerated mistake (D20-MGMT-ERROR-TOLERANCE) does not count against the cadre: no warning, no reason needed", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, rank: "SECTION_PRINCIPAL", birthDate: utc("1996-01-01") });
    await prisma.talk.create({
      data: {
        cadreId: c.id,
        kind: "HEART_TO_HEART",
        talkedOn: utc("2026-05-01"),
        talkedBy: "组织部",
        summary: "先行先试出现瑕疵，予以容错",
        problemRecorded: true,
        errorTolerated: true,
      },
    });
    const r = await runAs(actors.org, () =>
      createPracticeAction({ ...DUNMIAO, cadreId: c.id, startDate: "2026-10-08" }),
    );
    expect(r?.data?.ok).toBe(true);
  });

  it("asks for the 墩苗 post when a posting becomes a 墩苗, then runs the check", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, rank: "SECTION_DEPUTY", birthDate: utc("1990-01-01") });
    const r = await runAs(actors.org, () =>
      createPracticeAction({
        cadreId: c.id,
        kind: "EXCHANGE",
        hostUnitName: "某镇",
        role: "交流",
        startDate: "2026-03-01",
      }),
    );
    const id = r?.data?.ok ? r.data.id : "";
    const fields = {
      id,
      version: 1,
      kind: "DUNMIAO" as const,
      hostUnitName: "某镇",
      role: "镇党委副书记",
      startDate: "2026-03-01",
    };
    expect((await runAs(actors.org, () => updatePracticeAction(fields)))?.serverError).toBe(
      "改为墩苗时请选择墩苗任职岗位",
    );
    const blocked = await runAs(actors.org, () => updatePracticeAction({ ...fields, dunmiaoRole: "DEPUTY_SECRETARY" }));
    const check = blocked?.data && !blocked.data.ok ? blocked.data.check : null;
    expect(check?.lines.find((l) => l.ruleId === "SX-DOWN-AGE")?.message).toContain("现年36岁");
    expect((await prisma.practice.findUniqueOrThrow({ where: { id } })).kind).toBe("EXCHANGE");
  });

  it("saves other postings without the check, validates dates beside the field, and refuses a stale edit", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, birthDate: utc("1980-01-01") });
    const bad = await runAs(actors.org, () =>
      createPracticeAction({
        cadreId: c.id,
        kind: "SECONDMENT",
        hostUnitName: "市发改委",
        role: "挂职任处长助理",
        startDate: "2026-03-01",
        plannedEndDate: "2026-02-01",
      }),
    );
    expect(bad?.validationErrors?.plannedEndDate?._errors?.[0]).toBe("计划结束日期不能早于开始日期");
    const r = await runAs(actors.org, () =>
      createPracticeAction({
        cadreId: c.id,
        kind: "SECONDMENT",
        hostUnitName: "市发改委",
        role: "挂职任处长助理",
        startDate: "2026-03-01",
        plannedEndDate: "2027-03-01",
      }),
    );
    expect(r?.data).toMatchObject({ ok: true, check: null });
    const row = await prisma.practice.findFirstOrThrow({ where: { cadreId: c.id } });
    const edit = {
      id: row.id,
      version: row.version,
      kind: "SECONDMENT" as const,
      hostUnitName: "市发改委",
      role: "挂职任处长助理",
      startDate: "2026-03-01",
      plannedEndDate: "2027-03-01",
    };
    expect(
      (await runAs(actors.org, () => updatePracticeAction({ ...edit, hostEvaluation: "表现优秀" })))?.data?.ok,
    ).toBe(true);
    const stale = await runAs(actors.org, () => updatePracticeAction({ ...edit, hostEvaluation: "覆盖" }));
    expect(stale?.serverError).toContain("已被他人修改");
    expect((await prisma.practice.findUniqueOrThrow({ where: { id: row.id } })).hostEvaluation).toBe("表现优秀");
  });

  it("a unit user sees only their own unit's postings", async () => {
    const { a, b, actors } = await makeWorld();
    const mine = await makeCadre({ unitId: a.id });
    const theirs = await makeCadre({ unitId: b.id });
    const fields = { kind: "SHADOWING" as const, hostUnitName: "区委办", role: "跟班学习", startDate: "2026-04-01" };
    await runAs(actors.org, () => createPracticeAction({ ...fields, cadreId: mine.id }));
    await runAs(actors.org, () => createPracticeAction({ ...fields, cadreId: theirs.id }));
    const seen = (await listPractices(actors.unitA)).map((p) => p.cadreId);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    const other = await prisma.practice.findFirstOrThrow({ where: { cadreId: theirs.id } });
    await expect(getPractice(actors.unitA, other.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
