import { describe, expect, it } from "vitest";
import { day } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors/user-facing";
import {
  closeNomination,
  getNominationDetail,
  listNominations,
  resubmitNomination,
  submitNomination,
} from "@/lib/server/nominations";
import { advance } from "./steps";
import { cadreIn, current, nominationWorld, submission, submitted, SUBMITTED_ON } from "./world";

describe("a unit nominates one of its cadres", () => {
  it("a warning (D20-EDU) needs a recorded reason; with one the nomination is submitted at 动议", async () => {
    const w = await nominationWorld();
    const cadre = await cadreIn(w.a.id, "陈静");
    await expect(submitNomination(w.unitA, submission(cadre.id), { today: SUBMITTED_ON })).rejects.toMatchObject({
      field: "overrideReason",
      message: "资格审查有2项提示，请说明仍予推荐的理由（记录在案）",
    });
    expect(await prisma.nomination.count({ where: { cadreId: cadre.id } })).toBe(0);
    const { id } = await submitNomination(
      w.unitA,
      submission(cadre.id, { overrideReason: "在职研究生在读，明年毕业" }),
      { today: SUBMITTED_ON },
    );
    const n = await current(id);
    expect(n).toMatchObject({
      stage: "PROPOSED",
      unitId: w.a.id,
      overrideReason: "在职研究生在读，明年毕业",
      ballotsValid: 39,
      submittedById: w.unitA.userId,
    });
    const event = await prisma.nominationEvent.findFirstOrThrow({ where: { nominationId: id } });
    expect(event.data).toMatchObject({ kind: "SUBMITTED", checks: { warnings: 2, hardFailures: 0 } });
    expect(await prisma.auditLog.count({ where: { objectId: id, action: "nomination.create" } })).toBe(1);
  });

  it("a hard failure cannot be submitted: 38 is over the 科级 limit of 37 (D20-AGE-KJ)", async () => {
    const w = await nominationWorld();
    const cadre = await cadreIn(w.a.id, "刘洋", { clean: true });
    await expect(
      submitNomination(w.unitA, submission(cadre.id, { tier: "SECTION", overrideReason: "理由" }), {
        today: SUBMITTED_ON,
      }),
    ).rejects.toThrow(/^资格审查未通过，不能报送：D20-AGE-KJ：.*现年38岁/);
    expect(await prisma.nomination.count({ where: { cadreId: cadre.id } })).toBe(0);
  });

  it("a person not yet fully on record (a draft cadre of the unit) can be proposed", async () => {
    const w = await nominationWorld();
    const draft = await cadreIn(w.a.id, "新人员", { clean: true });
    await prisma.cadre.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    const { id } = await submitNomination(w.unitA, submission(draft.id), { today: SUBMITTED_ON });
    expect(await current(id)).toMatchObject({ cadreId: draft.id, stage: "PROPOSED" });
  });

  it("a recommendation dated after today is refused beside the date", async () => {
    const w = await nominationWorld();
    const cadre = await cadreIn(w.a.id, "孙磊", { clean: true });
    await expect(
      submitNomination(w.unitA, submission(cadre.id, { recommendedOn: "2026-09-02" }), { today: SUBMITTED_ON }),
    ).rejects.toMatchObject({ field: "recommendedOn" });
  });

  it("the same cadre cannot be nominated twice while one is open", async () => {
    const w = await nominationWorld();
    const { cadre } = await submitted(w);
    await expect(submitNomination(w.unitA, submission(cadre.id), { today: SUBMITTED_ON })).rejects.toMatchObject({
      field: "cadreId",
      message: "该同志已有办理中的推荐，不能重复推荐",
    });
  });

  it("returned for revision with the department's comment, then resubmitted: the comment clears and the stage stays", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w);
    let n = await current(id);
    await closeNomination(w.org, {
      id,
      version: n.version,
      from: n.stage,
      kind: "RETURN",
      reason: "请补充近三年年度考核结果",
    });
    n = await current(id);
    expect(n.returnedComment).toBe("请补充近三年年度考核结果");
    await expect(advance(w.org, id, "RECOMMENDED")).rejects.toThrow("已退回单位修改");
    const { unitA } = w;
    expect((await listNominations(unitA)).rows.find((r) => r.id === id)?.returnedComment).toBe(
      "请补充近三年年度考核结果",
    );
    await resubmitNomination(
      unitA,
      { ...submission(cadre.id, { ballotsIssued: 42, ballotsValid: 42 }), id, version: n.version },
      { today: day(2026, 9, 3) },
    );
    n = await current(id);
    expect(n).toMatchObject({ returnedComment: null, stage: "PROPOSED", ballotsIssued: 42 });
    await advance(w.org, id, "RECOMMENDED");
    expect((await current(id)).stage).toBe("RECOMMENDED");
  });

  it("reject and withdraw close a nomination at any open step with the reason; nothing is deleted", async () => {
    const w = await nominationWorld();
    const one = await submitted(w, "甲一");
    const two = await submitted(w, "乙二");
    await advance(w.org, two.id, "RECOMMENDED");
    let n = await current(one.id);
    await closeNomination(w.org, {
      id: one.id,
      version: n.version,
      from: n.stage,
      kind: "WITHDRAW",
      reason: "单位党组织撤回推荐",
    });
    n = await current(two.id);
    await closeNomination(w.org, {
      id: two.id,
      version: n.version,
      from: n.stage,
      kind: "REJECT",
      reason: "民主推荐得票率未达到要求",
    });
    expect(await current(one.id)).toMatchObject({ stage: "WITHDRAWN" });
    expect(await current(two.id)).toMatchObject({ stage: "REJECTED" });
    expect(await prisma.nominationEvent.count({ where: { nominationId: two.id } })).toBe(3);
    const last = await prisma.nominationEvent.findFirstOrThrow({
      where: { nominationId: two.id, toStage: "REJECTED" },
    });
    expect(last).toMatchObject({ fromStage: "RECOMMENDED", data: { reason: "民主推荐得票率未达到要求" } });
  });
});

describe("unit scope", () => {
  it("a unit user asking for another unit's nomination by id gets not found, and the database is unchanged", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w);
    const before = {
      n: await current(id),
      events: await prisma.nominationEvent.count({ where: { nominationId: id } }),
      // refused reads are audited (read.denied); nothing else may be written
      audit: await prisma.auditLog.count({ where: { objectId: id, result: { not: "DENIED" } } }),
    };
    await expect(getNominationDetail(w.unitB, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      resubmitNomination(w.unitB, { ...submission(cadre.id), id, version: before.n.version }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listNominations(w.unitB)).rows.map((r) => r.id)).not.toContain(id);
    await expect(
      closeNomination(w.unitB, {
        id,
        version: before.n.version,
        from: before.n.stage,
        kind: "WITHDRAW",
        reason: "越权撤回",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await current(id)).toEqual(before.n);
    expect(await prisma.nominationEvent.count({ where: { nominationId: id } })).toBe(before.events);
    expect(await prisma.auditLog.count({ where: { objectId: id, result: { not: "DENIED" } } })).toBe(before.audit);
    // one for the detail read, one for the resubmission's lookup (closing is refused earlier, by role)
    expect(await prisma.auditLog.count({ where: { objectId: id, action: "read.denied" } })).toBe(2);
    expect((await getNominationDetail(w.unitA, id)).id).toBe(id);
  });

  it("a unit cannot nominate another unit's cadre", async () => {
    const w = await nominationWorld();
    const other = await cadreIn(w.b.id, "钱多", { clean: true });
    await expect(submitNomination(w.unitA, submission(other.id), { today: SUBMITTED_ON })).rejects.toMatchObject({
      field: "cadreId",
      message: "未找到该干部，或不是本单位在职干部",
    });
    expect(await prisma.nomination.count({ where: { cadreId: other.id } })).toBe(0);
  });

  it("the organization department and leaders see every unit's nominations; leaders cannot act on them", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    expect((await getNominationDetail(w.org, id)).id).toBe(id);
    expect((await getNominationDetail(w.leader, id)).id).toBe(id);
    const n = await current(id);
    await expect(advance(w.leader, id, "RECOMMENDED")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await current(id)).toEqual(n);
  });
});
