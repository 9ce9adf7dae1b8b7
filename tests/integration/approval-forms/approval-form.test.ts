// The 任免审批表's second half (ApprovalForm): saved by hand (versioned, scoped, audited, bad
// input refused beside its field) and filled from a nomination reaching 讨论决定.
import { beforeAll, describe, expect, it } from "vitest";
import { saveApprovalFormAction } from "@/app/(app)/cadres/[id]/approval-form-actions";
import { saveNominationProposalAction } from "@/app/(app)/nominations/[id]/proposal-actions";
import type { Actor } from "@/lib/auth/actor";
import { getApprovalForm } from "@/lib/server/approval-forms";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";
import { advance, advanceThrough } from "../nominations/steps";
import { current, nominationWorld, submitted } from "../nominations/world";

const blank = {
  proposedPost: "",
  proposedRemoval: "",
  reason: "",
  reportingUnit: "",
  reportedOn: "",
  approvalOpinion: "",
  administrativeOpinion: "",
  preparedBy: "",
  preparedOn: "",
  ageReferenceDate: "",
};

describe("saving the form by hand", () => {
  let staff: Actor;
  let other: Actor;
  let unitA: Actor;
  let unitB: Actor;
  let cadreId: string;
  beforeAll(async () => {
    const [a, b] = [await createTestUnit(), await createTestUnit()];
    staff = actorOf(await createTestUser("ORG_STAFF"));
    other = actorOf(await createTestUser("ORG_ADMIN"));
    unitA = actorOf(await createTestUser("UNIT", { unitId: a.id }));
    unitB = actorOf(await createTestUser("UNIT", { unitId: b.id }));
    cadreId = (await createTestCadre(a.id, "任表甲")).id;
  });

  it("the first save (version 0) creates the form at version 1 with one audit row; a second first save is a conflict naming who changed 拟任职务", async () => {
    const r = await runAs(staff, () =>
      saveApprovalFormAction({
        ...blank,
        cadreId,
        version: 0,
        proposedPost: "青禾区发展和改革委员会副主任",
        reportedOn: "2026-11-12",
      }),
    );
    expect(r?.data).toMatchObject({ ok: true, version: 1 });
    const form = await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId } });
    expect(form).toMatchObject({ proposedPost: "青禾区发展和改革委员会副主任", version: 1 });
    expect(form.reportedOn?.toISOString().slice(0, 10)).toBe("2026-11-12");
    const audit = await prisma.auditLog.findMany({ where: { objectType: "ApprovalForm", objectId: form.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "approvalForm.save", userId: staff.userId, result: "SUCCESS" });
    expect(audit[0].diff).toMatchObject({ proposedPost: { from: null, to: "青禾区发展和改革委员会副主任" }, cadreId });

    const stale = await runAs(other, () =>
      saveApprovalFormAction({ ...blank, cadreId, version: 0, proposedPost: "别的职务" }),
    );
    expect(stale?.data?.ok).toBe(false);
    if (stale?.data && !stale.data.ok) {
      expect(stale.data.conflict.by).toBe(staff.username);
      expect(stale.data.conflict.currentVersion).toBe(1);
      expect(stale.data.conflict.changes).toContainEqual(
        expect.objectContaining({ label: "拟任职务", to: "青禾区发展和改革委员会副主任" }),
      );
    }
    const v2 = await runAs(other, () =>
      saveApprovalFormAction({ ...blank, cadreId, version: 1, proposedPost: "别的职务", preparedBy: "王明" }),
    );
    expect(v2?.data).toMatchObject({ ok: true, version: 2 });
    expect((await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId } })).proposedPost).toBe("别的职务");
  });

  it("bad input is refused beside its field and changes nothing", async () => {
    const before = await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId } });
    const r = await runAs(staff, () =>
      saveApprovalFormAction({
        ...blank,
        cadreId,
        version: before.version,
        reportedOn: "2026-02-30",
        preparedBy: "人".repeat(41),
      }),
    );
    expect(r?.validationErrors?.reportedOn?._errors?.[0]).toBe("呈报日期格式应为 年-月-日");
    expect(r?.validationErrors?.preparedBy?._errors?.[0]).toBe("填表人不超过40个字");
    expect(await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId } })).toEqual(before);
  });

  it("another unit's cadre is simply not found: no form written, none read; the cadre's own unit may", async () => {
    const before = await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId } });
    const r = await runAs(unitB, () =>
      saveApprovalFormAction({ ...blank, cadreId, version: before.version, reason: "越权" }),
    );
    expect(r?.serverError).toBe("未找到该干部，或不在您的查看范围内");
    expect(await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId } })).toEqual(before);
    expect(await getApprovalForm(unitB, cadreId)).toBeNull();
    expect((await getApprovalForm(unitA, cadreId))?.id).toBe(before.id);
  });
});

describe("filled from a nomination", () => {
  it("reaching 讨论决定 fills 拟任/拟免/任免理由, 呈报单位 (the unit's name) and 呈报日期 (the meeting, 2026-11-12), linked and audited; the opinions typed before stay", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w, "任表乙");
    await prisma.approvalForm.create({ data: { cadreId: cadre.id, approvalOpinion: "同意", preparedBy: "李华" } });
    await advanceThrough(w.org, id, "DELIBERATED");
    // 拟任/拟免/任免理由 are typed from 酝酿 on; a unit user may not
    const n = await current(id);
    const input = {
      id,
      version: n.version,
      proposedPost: "青禾区柳溪街道党工委副书记",
      proposedRemoval: "青禾区柳溪街道办事处副主任",
      appointmentReason: "工作需要，经民主推荐、考察，拟任",
    };
    expect((await runAs(w.unitA, () => saveNominationProposalAction(input)))?.serverError).toBe(
      "您没有执行此操作的权限",
    );
    expect((await runAs(w.org, () => saveNominationProposalAction(input)))?.data).toEqual({
      ok: true,
      version: n.version + 1,
    });
    expect(await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId: cadre.id } })).toMatchObject({
      proposedPost: null,
      nominationId: null,
    });

    await advance(w.org, id, "DECIDED");
    const form = await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId: cadre.id } });
    expect(form).toMatchObject({
      nominationId: id,
      proposedPost: "青禾区柳溪街道党工委副书记",
      proposedRemoval: "青禾区柳溪街道办事处副主任",
      reason: "工作需要，经民主推荐、考察，拟任",
      reportingUnit: w.a.name,
      approvalOpinion: "同意",
      preparedBy: "李华",
      version: 2,
    });
    expect(form.reportedOn?.toISOString().slice(0, 10)).toBe("2026-11-12");
    const fill = await prisma.auditLog.findFirstOrThrow({ where: { action: "approvalForm.fill", objectId: form.id } });
    expect(fill).toMatchObject({ userId: w.org.userId, result: "SUCCESS" });
    expect(fill.diff).toMatchObject({
      nominationId: { from: null, to: id },
      reportingUnit: { from: null, to: w.a.name },
    });

    // a change after 讨论决定 fills the form again, in the same transaction
    const after = await current(id);
    await runAs(w.org, () =>
      saveNominationProposalAction({ ...input, version: after.version, appointmentReason: "工作需要" }),
    );
    expect((await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId: cadre.id } })).reason).toBe("工作需要");
  });

  it("a pool nomination without 拟任职务 says what was decided: 「列入优秀年轻干部库（副处级年轻干部）」; before 考察 nothing can be typed", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w, "任表丙");
    const early = await current(id);
    const r = await runAs(w.org, () =>
      saveNominationProposalAction({
        id,
        version: early.version,
        proposedPost: "x",
        proposedRemoval: "",
        appointmentReason: "",
      }),
    );
    expect(r?.serverError).toBe("考察完成后、任职前方可填写拟任职务、拟免职务和任免理由");
    await advanceThrough(w.org, id, "DECIDED");
    const form = await prisma.approvalForm.findUniqueOrThrow({ where: { cadreId: cadre.id } });
    expect(form).toMatchObject({
      proposedPost: "列入优秀年轻干部库（副处级年轻干部）",
      reason: null,
      nominationId: id,
      version: 1,
    });
  });
});
